package de.amm.casedesk.common.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.amm.casedesk.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().port(Management.port())
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().when().get("/api/v1/districts").then().statusCode(200);
        given().port(Management.port())
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/districts\""));
    }

    @Test
    void theApiPortServesNeitherHealthNorMetrics() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(404);
        given().when().get("/q/swagger-ui/").then().statusCode(404);
    }

    @Test
    void swaggerUiIsServed() {
        given().port(Management.port())
                .when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void unknownAddressIsAProblem() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIsAProblem() {
        given().when().delete("/api/v1/districts").then().statusCode(405).contentType("application/problem+json");
    }
}
