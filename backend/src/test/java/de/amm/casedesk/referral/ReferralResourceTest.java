package de.amm.casedesk.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferralResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Test
    void mentorRefersAMenteeToAnotherService() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        Map<String, Object> body = new HashMap<>();
        body.put("menteeId", mentee.toString());
        body.put("referredOn", TestClock.today().toString());
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
        body.put("referredOn", TestClock.today().toString());
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

    @Test
    void aReferralPicksAServiceOfTheDirectoryAndItsOutcomesAreBrokenDown() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        Map<String, Object> service = new HashMap<>();
        service.put("name", "IQ Beratung Test");
        service.put("provider", "IQ Netzwerk Sachsen");
        service.put("kind", "iq_network");
        service.put("address", Map.of("street", "Georgstraße 8", "postalCode", "04109", "city", "Leipzig"));
        service.put("position", Map.of("latitude", 51.34, "longitude", 12.37));
        service.put("contact", Map.of());
        service.put("districts", java.util.List.of("14713"));
        String serviceId = given().auth()
                .oauth2(de.amm.casedesk.testing.Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .body(service)
                .when()
                .post("/api/v1/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Map<String, Object> body = new HashMap<>();
        body.put("menteeId", mentee.toString());
        body.put("referredOn", TestClock.today().toString());
        body.put("serviceId", serviceId);
        body.put("topic", "Anerkennung");
        String id = given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .body("serviceId", equalTo(serviceId))
                .body("provider", equalTo("IQ Beratung Test (IQ Netzwerk Sachsen)"))
                .body("outcome", equalTo("waiting"))
                .extract()
                .path("id");
        body.put("outcome", "accepted");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/api/v1/referrals/{id}", id)
                .then()
                .statusCode(204);
        // free text stays possible
        Map<String, Object> text = new HashMap<>(body);
        text.remove("serviceId");
        text.put("provider", "Tafel e.V.");
        text.put("outcome", "declined");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(text)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .body("serviceId", equalTo(null))
                .body("outcome", equalTo("declined"));

        given().auth()
                .oauth2(de.amm.casedesk.testing.Tokens.role("coordinator"))
                .queryParam("dimension", "referralOutcome")
                .queryParam("projectId", project)
                .queryParam("from", TestClock.today().withDayOfMonth(1).toString())
                .queryParam("to", TestClock.today().toString())
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .body("rows.key", equalTo(java.util.List.of("accepted", "declined")))
                .body("rows.find { it.key == 'accepted' }.referrals", equalTo(1))
                .body("rows.find { it.key == 'declined' }.referrals", equalTo(1))
                .body("rows.find { it.key == 'accepted' }.label.de", equalTo("Angenommen"));

        Map<String, Object> bad = new HashMap<>(text);
        bad.put("provider", " ");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(bad)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("provider"));
        bad.put("serviceId", UUID.randomUUID().toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(bad)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors.code", hasItem("unknown_service"));
        bad.put("serviceId", serviceId);
        bad.put("outcome", "maybe");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(bad)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("outcome"));
        org.assertj.core.api.Assertions.assertThat(fixtures.count("referral", "mentee_id = ?1", mentee))
                .isEqualTo(2L);
    }
}
