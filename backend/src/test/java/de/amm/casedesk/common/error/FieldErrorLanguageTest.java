package de.amm.casedesk.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Field errors carry a stable code; titles and messages follow Accept-Language, English by default. */
@QuarkusTest
class FieldErrorLanguageTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aFieldErrorHasACodeItsParametersAndAnEnglishMessageByDefault() {
        Staff mentor = mentor();
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "x".repeat(101), "lastName", "Haddad", "gender", "female"))
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("title", equalTo("The request contains invalid values"))
                .body("errors[0].field", equalTo("firstName"))
                .body("errors[0].code", equalTo("too_long"))
                .body("errors[0].params.max", equalTo("100"))
                .body("errors[0].message", equalTo("must be at most 100 characters long"));
    }

    @Test
    void germanIsAnsweredWhenTheCallerPrefersIt() {
        Staff mentor = mentor();
        given().auth()
                .oauth2(mentor.token())
                .header("Accept-Language", "de-DE,de;q=0.9,en;q=0.8")
                .contentType(ContentType.JSON)
                .body(Map.of("lastName", "Haddad", "gender", "female"))
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(400)
                .header("Content-Language", "de")
                .body("title", equalTo("Die Anfrage enthält ungültige Werte"))
                .body("errors.find { it.field == 'firstName' }.code", equalTo("required"))
                .body("errors.find { it.field == 'firstName' }.message", equalTo("ist erforderlich"));
        given().auth()
                .oauth2(mentor.token())
                .header("Accept-Language", "de")
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "Rana", "lastName", "Haddad", "gender", "female", "district", "99999"))
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("district"))
                .body("errors[0].code", equalTo("unknown_district"))
                .body("errors[0].params.value", equalTo("99999"))
                .body("errors[0].message", equalTo("99999 ist kein sächsischer Landkreis und keine kreisfreie Stadt"));
    }

    @Test
    void anUnknownCodeNamesTheAllowedOnes() {
        Staff mentor = mentor();
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "Rana", "lastName", "Haddad", "gender", "unknown"))
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("gender"))
                .body("errors[0].code", equalTo("one_of"))
                .body("errors[0].params.allowed", equalTo("female, male, diverse, not_stated"));
    }

    @Test
    void aQueryParameterNamesItsRuleToo() {
        Staff mentor = mentor();
        given().auth()
                .oauth2(mentor.token())
                .header("Accept-Language", "de")
                .queryParam("size", "500")
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].code", equalTo("range"))
                .body("errors[0].message", equalTo("muss zwischen 1 und 200 liegen"));
    }

    private Staff mentor() {
        UUID project = fixtures.project();
        return fixtures.staff(project, "mentor");
    }
}
