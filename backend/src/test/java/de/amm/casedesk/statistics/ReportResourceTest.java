package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

    @Inject
    StatisticsData data;

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Test
    void reportsAreFrozenAndReissuedAsNewVersions() {
        data.empty();
        UUID project = fixtures.project();
        UUID lead = fixtures.staff(project, "mentor").personId();
        for (int i = 0; i < 9; i++) {
            UUID mentee = records.mentee(project)
                    .gender(i < 2 ? "female" : "male")
                    .qualification("vocational_abroad")
                    .create();
            records.caseOf(mentee)
                    .in(project)
                    .ledBy(lead)
                    .from(LocalDate.of(2025, 3, 1))
                    .create();
        }
        String coordinator = Tokens.role("coordinator");
        String ministry = Tokens.role("ministry");
        int year = TestClock.today().minusMonths(3).getYear();
        int quarter = (TestClock.today().minusMonths(3).getMonthValue() - 1) / 3 + 1;
        Map<String, Object> request = Map.of("year", year, "quarter", quarter);

        // 9 mentees, 2 of them women: released as the ministry sees them, 9 rounded to 5 or 10, 2 withheld
        var issued = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/statistics/reports")
                .then()
                .statusCode(201)
                .body("summary.version", equalTo(1))
                .body("content.quarter.withheld", equalTo(true))
                .body("content.quarter.disclosure.roundingBase", equalTo(5))
                .body("content.quarter.menteesSupported.total", isOneOf(5, 10))
                .body("content.quarter.menteesSupported.female", equalTo("<5"))
                .extract();
        String first = issued.path("summary.id");
        int firstTotal = issued.path("content.quarter.menteesSupported.total");
        UUID tenth = records.mentee(project)
                .gender("female")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(tenth)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2025, 3, 1))
                .create();
        String second = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/statistics/reports")
                .then()
                .statusCode(201)
                .body("summary.version", equalTo(2))
                .body("content.quarter.menteesSupported.total", equalTo(10)) // a multiple of 5 stays as it is
                .extract()
                .path("summary.id");

        given().auth()
                .oauth2(ministry)
                .when()
                .get("/api/v1/statistics/reports/{id}", first)
                .then()
                .statusCode(200)
                .body("content.quarter.menteesSupported.total", equalTo(firstTotal));
        given().auth()
                .oauth2(ministry)
                .when()
                .get("/api/v1/statistics/reports")
                .then()
                .statusCode(200)
                .body("id", hasItem(first))
                .body("id", hasItem(second));
        byte[] pdf = given().auth()
                .oauth2(ministry)
                .accept("application/pdf")
                .when()
                .get("/api/v1/statistics/reports/{id}", second)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
        byte[] xlsx = given().auth()
                .oauth2(ministry)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .when()
                .get("/api/v1/statistics/reports/{id}", second)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");

        assertThat(fixtures.failureOf(
                        "update statistics_report set content = '{}' where id = ?1", UUID.fromString(first)))
                .contains("frozen");
        assertThat(fixtures.failureOf("delete from statistics_report where id = ?1", UUID.fromString(first)))
                .contains("frozen");
    }

    @Test
    void onlyTheCoordinationEntityIssuesReportsOfCompletedQuarters() {
        Map<String, Object> lastQuarter = Map.of("year", 2025, "quarter", 4);
        given().auth()
                .oauth2(Tokens.role("ministry"))
                .contentType(ContentType.JSON)
                .body(lastQuarter)
                .when()
                .post("/api/v1/statistics/reports")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(fixtures.staff(fixtures.project(), "project_lead").token())
                .when()
                .get("/api/v1/statistics/reports")
                .then()
                .statusCode(403);
        int year = TestClock.today().getYear();
        int quarter = (TestClock.today().getMonthValue() - 1) / 3 + 1;
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("year", year, "quarter", quarter))
                .when()
                .post("/api/v1/statistics/reports")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("quarter"));
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "quarter", 5))
                .when()
                .post("/api/v1/statistics/reports")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("quarter"));
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .when()
                .get("/api/v1/statistics/reports/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
