package de.amm.casedesk.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferralResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void mentorRefersAMenteeToAnotherService() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = fixtures.mentee(project);
        Map<String, Object> body = new HashMap<>();
        body.put("menteeId", mentee.toString());
        body.put("referredOn", LocalDate.now().toString());
        body.put("provider", "IQ Anerkennungsberatung");
        body.put("topic", "Anerkennung Pflegeabschluss");
        String id = given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        body.put("topic", "Anerkennung und Anpassungslehrgang");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .queryParam("menteeId", mentee)
                .when()
                .get("/api/v1/referrals")
                .then()
                .body("items[0].topic", equalTo("Anerkennung und Anpassungslehrgang"));
        body.put("provider", " ");
        body.put("referredOn", "morgen");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("referredOn"));
        body.put("referredOn", LocalDate.now().toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("provider"));
    }
}
