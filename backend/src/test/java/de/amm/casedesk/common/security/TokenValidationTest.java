package de.amm.casedesk.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenValidationTest {

    @Inject
    Fixtures fixtures;

    private void refused(String token) {
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("https://amm-casedesk.example/problems/unauthorized"));
    }

    @Test
    void validTokenIsAccepted() {
        var mentor = fixtures.staff(fixtures.project(), "mentor");
        given().auth().oauth2(mentor.token()).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void missingTokenIsRefused() {
        given().when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void expiredTokenIsRefused() {
        refused(Tokens.expired(UUID.randomUUID().toString(), "mentor"));
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        refused(Tokens.wrongIssuer(UUID.randomUUID().toString(), "coordinator"));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        refused(Tokens.wrongAudience(UUID.randomUUID().toString(), "coordinator"));
    }

    @Test
    void tamperedTokenIsRefused() {
        refused(Tokens.tampered(UUID.randomUUID().toString(), "mentor"));
    }

    @Test
    void garbageIsRefused() {
        refused("not.a.token");
    }

    @Test
    void publicEndpointsNeedNoToken() {
        given().when().get("/api/v1/projects").then().statusCode(200);
    }
}
