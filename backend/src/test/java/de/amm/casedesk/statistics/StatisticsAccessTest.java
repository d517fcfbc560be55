package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.startsWith;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees which figures, withheld small counts, and the exports. */
@QuarkusTest
class StatisticsAccessTest {

    @Inject
    StatisticsData data;

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID leipzig;
    UUID dresden;
    Staff leipzigMentor;

    @BeforeEach
    void setUp() {
        data.empty();
        leipzig = fixtures.project();
        dresden = fixtures.project();
        leipzigMentor = fixtures.staff(leipzig, "mentor");
        UUID dresdenLead = fixtures.staff(dresden, "mentor").personId();
        // Leipzig: 12 mentees (3 women) in district 14713 and 2 men in 14729; Dresden: 7 mentees (6 women)
        for (int i = 0; i < 12; i++) {
            UUID mentee = records.mentee(leipzig)
                    .gender(i < 3 ? "female" : "male")
                    .district("14713")
                    .qualification("none")
                    .bornIn(1990)
                    .create();
            records.caseOf(mentee)
                    .in(leipzig)
                    .ledBy(leipzigMentor.personId())
                    .from(LocalDate.of(2025, 2, 1))
                    .create();
        }
        for (int i = 0; i < 2; i++) {
            UUID mentee = records.mentee(leipzig)
                    .gender("male")
                    .district("14729")
                    .qualification("none")
                    .bornIn(1990)
                    .create();
            records.caseOf(mentee)
                    .in(leipzig)
                    .ledBy(leipzigMentor.personId())
                    .from(LocalDate.of(2025, 2, 1))
                    .create();
        }
        for (int i = 0; i < 7; i++) {
            UUID mentee = records.mentee(dresden)
                    .gender(i < 6 ? "female" : "male")
                    .district("14612")
                    .qualification("none")
                    .bornIn(1990)
                    .create();
            records.caseOf(mentee)
                    .in(dresden)
                    .ledBy(dresdenLead)
                    .from(LocalDate.of(2025, 2, 1))
                    .create();
        }
    }

    @Test
    void projectStaffSeeTheirOwnProjectOnly() {
        given().auth()
                .oauth2(leipzigMentor.token())
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2025-12-31")
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("menteesSupported.total", equalTo(14))
                .body("filters.projectIds", equalTo(List.of(leipzig.toString())))
                .body("withheld", equalTo(false));
        given().auth()
                .oauth2(leipzigMentor.token())
                .queryParam("projectId", dresden)
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(leipzigMentor.token())
                .queryParam("dimension", "project")
                .queryParam("from", "2025-01-01")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .body("rows.key", equalTo(List.of(leipzig.toString())));
    }

    @Test
    void theCoordinationEntitySeesExactFigures() {
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .queryParam("from", "2025-01-01")
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("menteesSupported.total", equalTo(21))
                .body("menteesSupported.female", equalTo(9))
                .body("withheld", equalTo(false));
    }

    @Test
    void theMinistryGetsRoundedFiguresWithSmallCountsWithheld() {
        String ministry = Tokens.role("ministry");
        // Dresden: 7 mentees, 6 women: released within 4 of the truth as multiples of 5
        var dresdenFigures = given().auth()
                .oauth2(ministry)
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2026-10-31")
                .queryParam("projectId", dresden)
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("withheld", equalTo(true))
                .body("disclosure.method", equalTo("cellKeyRounding"))
                .body("disclosure.roundingBase", equalTo(5))
                .body("menteesSupported.total", isOneOf(5, 10))
                .body("menteesSupported.female", isOneOf(5, 10))
                .body("menteesPlaced.total", equalTo("<5"))
                .extract()
                .jsonPath();
        double share = dresdenFigures.getDouble("menteesSupported.femaleShare");
        assertThat(share)
                .isEqualTo(Math.min(
                        1.0,
                        (double) dresdenFigures.getInt("menteesSupported.female")
                                / dresdenFigures.getInt("menteesSupported.total")));
        // every district has its row; 14729 has 2 mentees: withheld
        var json = given().auth()
                .oauth2(ministry)
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2026-10-31")
                .queryParam("dimension", "district")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .body("total.menteesSupported.total", isOneOf(20, 25))
                .extract()
                .jsonPath();
        assertThat(json.getList("rows.key")).hasSize(14).contains("14612", "14713", "14729");
        Map<String, Object> byDistrict = new java.util.HashMap<>();
        List<Map<String, Object>> rows = json.getList("rows");
        rows.forEach(row ->
                byDistrict.put(String.valueOf(row.get("key")), ((Map<?, ?>) row.get("menteesSupported")).get("total")));
        assertThat(byDistrict.get("14729")).isEqualTo("<5");
        assertThat(byDistrict.get("14521")).isEqualTo("<5"); // nobody lives there: fewer than five, too
        assertThat(byDistrict.get("14713")).isIn(10, 15);
        // the same people give the same figure in every release
        given().auth()
                .oauth2(ministry)
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2026-10-31")
                .queryParam("district", "14713")
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("menteesSupported.total", equalTo(byDistrict.get("14713")));
    }

    @Test
    void theMinistryAsksForWholeCompletedMonthsAndOneDistrictOrProjectAtATime() {
        String ministry = Tokens.role("ministry");
        for (Map<String, List<String>> bad : List.of(
                Map.of("from", List.of("2025-01-02"), "to", List.of("2025-06-30")),
                Map.of("from", List.of("2025-01-01"), "to", List.of("2025-06-29")),
                Map.of(
                        "from",
                        List.of("2025-01-01"),
                        "to",
                        List.of(TestClock.today()
                                .withDayOfMonth(TestClock.today().lengthOfMonth())
                                .toString())), // this month is not over yet
                Map.of("district", List.of("14612", "14713")),
                Map.of("projectId", List.of(leipzig.toString(), dresden.toString())),
                Map.of("district", List.of("14713"), "projectId", List.of(leipzig.toString())))) {
            var request = given().auth().oauth2(ministry);
            bad.forEach((name, values) -> values.forEach(value -> request.queryParam(name, value)));
            request.when()
                    .get("/api/v1/statistics/key-results")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body(
                            "errors.code",
                            hasItem(org.hamcrest.Matchers.oneOf(
                                    "month_start", "month_end", "completed_months", "at_most_one", "not_with")));
        }
        // without a period: phase 2 up to the end of the last completed month
        given().auth()
                .oauth2(ministry)
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("period.from", equalTo("2020-01-01"))
                .body(
                        "period.to",
                        equalTo(TestClock.today().withDayOfMonth(1).minusDays(1).toString()));
    }

    @Test
    void theAdminSeesNoStatistics() {
        given().auth()
                .oauth2(Tokens.role("admin"))
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(403);
    }

    @Test
    void thePublicHeadlineNeedsNoLoginAndMayBeCached() {
        given().when()
                .get("/api/v1/public/key-results")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=3600"))
                .body("period.from", equalTo("2020-01-01"))
                .body("withheld", equalTo(true))
                .body("disclosure.roundingBase", equalTo(5))
                .body("menteesSupported.total", isOneOf(20, 25));
    }

    @Test
    void thePublicKeyResultsByDistrictAreReleasedUnderDisclosureControlForEveryDistrict() {
        List<Object> supported = given().when()
                .get("/api/v1/public/key-results/districts")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age=3600"))
                .body("dimension", equalTo("district"))
                .body("period.from", equalTo("2020-01-01"))
                .body("withheld", equalTo(true))
                .body("rows.findAll { it.key != null }.size()", equalTo(13))
                .extract()
                .path("rows.menteesSupported.total");
        for (Object count : supported) {
            org.assertj.core.api.Assertions.assertThat(
                            "<5".equals(count) || (count instanceof Integer n && n >= 5 && n % 5 == 0))
                    .as("released count %s", count)
                    .isTrue();
        }
    }

    @Test
    void badRequestsAreNamed() {
        String coordinator = Tokens.role("coordinator");
        for (String[] bad : List.of(
                new String[] {"from", "gestern"},
                new String[] {"to", "2025-13-01"},
                new String[] {"district", "99999"},
                new String[] {"district", "Leipzig"},
                new String[] {"targetGroup", "children"},
                new String[] {"phase", "phase9"},
                new String[] {"projectId", "abc"})) {
            given().auth()
                    .oauth2(coordinator)
                    .queryParam(bad[0], bad[1])
                    .when()
                    .get("/api/v1/statistics/key-results")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[0]));
        }
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", "2025-02-01")
                .queryParam("to", "2025-01-01")
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
        given().auth()
                .oauth2(coordinator)
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("dimension"));
        given().auth()
                .oauth2(coordinator)
                .queryParam("dimension", "shoeSize")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("dimension"));
        given().auth()
                .oauth2(coordinator)
                .queryParam("projectId", UUID.randomUUID())
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(404);
    }

    @Test
    void breakdownsComeAsCsvAndXlsx() {
        String coordinator = Tokens.role("coordinator");
        String csv = given().auth()
                .oauth2(coordinator)
                .accept("text/csv")
                .queryParam("dimension", "district")
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2025-12-31")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("amm-district-2025-01-01-2025-12-31.csv"))
                .extract()
                .asString();
        // German Excel: a byte-order mark for the umlauts, names first, percent with a decimal comma, keys last
        assertThat(csv.lines().toList())
                .startsWith("\uFEFFBezeichnung;Betreute Teilnehmende;Betreute Teilnehmende, davon weiblich;"
                        + "Betreute Teilnehmende, Frauenanteil (%);Betreute Arbeitgeber;In Arbeit/Ausbildung vermittelt;"
                        + "In Arbeit/Ausbildung vermittelt, davon weiblich;In Arbeit/Ausbildung vermittelt, Frauenanteil (%);"
                        + "Nachhaltig integriert;Nachhaltig integriert, davon weiblich;"
                        + "Nachhaltig integriert, Frauenanteil (%);Schlüssel");
        assertThat(csv).contains("Leipzig;12;3;25,0;0;0;0;;0;0;;14713");
        assertThat(csv).doesNotContain("Hinweis");
        byte[] xlsx = given().auth()
                .oauth2(coordinator)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("dimension", "gender")
                .queryParam("from", "2025-01-01")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        // the ministry's file carries the legend of withheld and rounded counts
        String released = given().auth()
                .oauth2(Tokens.role("ministry"))
                .accept("text/csv")
                .queryParam("dimension", "district")
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2025-12-31")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(released).contains(";<5;").contains("Hinweis;\"<5: weniger als 5");
    }

    @Test
    void aProjectNamedLikeAFormulaIsShownNotRunInTheCsv() {
        UUID formula = fixtures.project("14522");
        fixtures.rename(formula, "=HYPERLINK(\"http://evil.example\";\"klick\")");
        // the ministry's breakdown lists every project, the renamed one too
        String csv = given().auth()
                .oauth2(Tokens.role("ministry"))
                .accept("text/csv")
                .queryParam("dimension", "project")
                .queryParam("projectId", formula)
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klick\"\")\"");
    }

    @Test
    void everyDimensionAnswers() {
        String coordinator = Tokens.role("coordinator");
        for (String dimension : List.of(
                "project",
                "district",
                "quarter",
                "year",
                "phase",
                "gender",
                "ageGroup",
                "nationality",
                "residenceStatus",
                "qualification",
                "placementType",
                "employerSector",
                "topic",
                "followUp")) {
            given().auth()
                    .oauth2(coordinator)
                    .queryParam("dimension", dimension)
                    .queryParam("from", "2024-01-01")
                    .when()
                    .get("/api/v1/statistics/breakdown")
                    .then()
                    .statusCode(200)
                    .body("dimension", equalTo(dimension));
        }
    }
}
