package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
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
            data.caseFile(
                    leipzig,
                    data.mentee(leipzig, i < 3 ? "female" : "male", "14713", "none", 1990),
                    leipzigMentor.personId(),
                    "2025-02-01",
                    null);
        }
        for (int i = 0; i < 2; i++) {
            data.caseFile(
                    leipzig,
                    data.mentee(leipzig, "male", "14729", "none", 1990),
                    leipzigMentor.personId(),
                    "2025-02-01",
                    null);
        }
        for (int i = 0; i < 7; i++) {
            data.caseFile(
                    dresden,
                    data.mentee(dresden, i < 6 ? "female" : "male", "14612", "none", 1990),
                    dresdenLead,
                    "2025-02-01",
                    null);
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
    void theMinistryGetsSmallCountsWithheld() {
        String ministry = Tokens.role("ministry");
        // Dresden: 7 mentees, 6 women: the one man could be recovered, so the women's count is withheld
        given().auth()
                .oauth2(ministry)
                .queryParam("from", "2025-01-01")
                .queryParam("projectId", dresden)
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("withheld", equalTo(true))
                .body("menteesSupported.total", equalTo(7))
                .body("menteesSupported.female", equalTo("<5"))
                .body("menteesSupported.femaleShare", nullValue())
                .body("menteesPlaced.total", equalTo(0));
        // districts: 14729 has 2 mentees (withheld), so one more district is withheld as well
        var json = given().auth()
                .oauth2(ministry)
                .queryParam("from", "2025-01-01")
                .queryParam("dimension", "district")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .body("total.menteesSupported.total", equalTo(21))
                .extract()
                .jsonPath();
        List<String> totals = json.getList("rows.menteesSupported.total").stream()
                .map(String::valueOf)
                .toList();
        List<String> females = json.getList("rows.menteesSupported.female").stream()
                .map(String::valueOf)
                .toList();
        assertThat(json.getList("rows.key")).containsExactly("14612", "14713", "14729");
        assertThat(totals).containsExactly("<5", "12", "<5");
        assertThat(females).doesNotContain("1", "2", "3", "4");
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
                .body("menteesSupported.total", equalTo(21));
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
        assertThat(csv.lines().toList())
                .startsWith(
                        "Schlüssel;Bezeichnung;\"Betreute Teilnehmende\";\"Betreute Teilnehmende, davon weiblich\";"
                                + "\"Betreute Teilnehmende, Frauenanteil\";\"Betreute Arbeitgeber\";\"In Arbeit/Ausbildung vermittelt\";"
                                + "\"In Arbeit/Ausbildung vermittelt, davon weiblich\";\"In Arbeit/Ausbildung vermittelt, Frauenanteil\";"
                                + "\"Nachhaltig integriert\";\"Nachhaltig integriert, davon weiblich\";\"Nachhaltig integriert, Frauenanteil\"");
        assertThat(csv).contains("\"14713\";Leipzig;12;3;0.25;0;0;0;;0;0;");
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
