package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.amm.casedesk.testing.Fixtures;
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

    @Test
    void reportsAreFrozenAndReissuedAsNewVersions() {
        data.empty();
        UUID project = fixtures.project();
        UUID lead = fixtures.staff(project, "mentor").personId();
        for (int i = 0; i < 9; i++) {
            data.caseFile(project, data.mentee(project, i < 2 ? "female" : "male"), lead, "2025-03-01", null);
        }
        String coordinator = Tokens.role("coordinator");
        String ministry = Tokens.role("ministry");
        int year = LocalDate.now().minusMonths(3).getYear();
        int quarter = (LocalDate.now().minusMonths(3).getMonthValue() - 1) / 3 + 1;
        Map<String, Object> request = Map.of("year", year, "quarter", quarter);

        String first = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/statistics/reports")
                .then()
                .statusCode(201)
                .body("summary.version", equalTo(1))
                .body("content.quarter.withheld", equalTo(true))
                .body("content.quarter.menteesSupported.total", equalTo(9))
                .body("content.quarter.menteesSupported.female", equalTo("<5"))
                .extract()
                .path("summary.id");
        data.caseFile(project, data.mentee(project, "female"), lead, "2025-03-01", null);
        String second = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/api/v1/statistics/reports")
                .then()
                .statusCode(201)
                .body("summary.version", equalTo(2))
                .body("content.quarter.menteesSupported.total", equalTo(10))
                .extract()
                .path("summary.id");

        given().auth()
                .oauth2(ministry)
                .when()
                .get("/api/v1/statistics/reports/{id}", first)
                .then()
                .statusCode(200)
                .body("content.quarter.menteesSupported.total", equalTo(9));
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
        int year = LocalDate.now().getYear();
        int quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
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
