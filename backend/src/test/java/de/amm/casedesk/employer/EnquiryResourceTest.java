package de.amm.casedesk.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnquiryResourceTest {

    @Inject
    Fixtures fixtures;

    @AfterEach
    void backToTheSuitesMoment() {
        TestClock.reset();
    }

    /** A form handed out now; the clock then moves on by {@code seconds}. */
    static String formToken(int seconds) {
        String token = given().when()
                .get("/api/v1/public/employer-enquiries/form")
                .then()
                .statusCode(200)
                .body("minimumSeconds", equalTo(3))
                .extract()
                .path("formToken");
        TestClock.set(TestClock.pinnedLocal().plusSeconds(seconds));
        return token;
    }

    static Map<String, Object> enquiry(String token, String company, UUID project) {
        Map<String, Object> body = new HashMap<>();
        body.put("formToken", token);
        body.put("company", company);
        body.put("contactName", "Maria Beispiel");
        body.put("email", "personal@muster.example");
        body.put("postalCode", "09111");
        body.put("projectId", project.toString());
        body.put("message", "Wir suchen zwei Lagerfachkräfte.");
        body.put("consent", true);
        return body;
    }

    @Test
    void anEmployersEnquiryLandsInTheInboxOfTheResponsibleProject() {
        UUID project = fixtures.project("14511");
        Staff mentor = fixtures.staff(project, "mentor");
        Staff lead = fixtures.staff(project, "project_lead");
        Staff stranger = fixtures.staff(fixtures.project("14511"), "mentor");
        String company = "Muster Logistik " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(enquiry(formToken(10), company, project))
                .when()
                .post("/api/v1/public/employer-enquiries")
                .then()
                .statusCode(202)
                .body("projectId", equalTo(project.toString()));
        String id = given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/employer-enquiries")
                .then()
                .statusCode(200)
                .body("company", hasItem(company))
                .body("find { it.company == '" + company + "' }.status", equalTo("new"))
                .body("find { it.company == '" + company + "' }.district", equalTo("14511"))
                .extract()
                .path("find { it.company == '" + company + "' }.id");
        given().auth()
                .oauth2(stranger.token())
                .when()
                .get("/api/v1/employer-enquiries")
                .then()
                .statusCode(200)
                .body("company", not(hasItem(company)));
        given().auth()
                .oauth2(stranger.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "closed"))
                .when()
                .put("/api/v1/employer-enquiries/{id}/status", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .when()
                .get("/api/v1/employer-enquiries")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "maybe"))
                .when()
                .put("/api/v1/employer-enquiries/{id}/status", id)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "contacted"))
                .when()
                .put("/api/v1/employer-enquiries/{id}/status", id)
                .then()
                .statusCode(204)
                .header("ETag", "\"1\"");
        given().auth()
                .oauth2(mentor.token())
                .queryParam("status", "contacted")
                .when()
                .get("/api/v1/employer-enquiries")
                .then()
                .body("company", hasItem(company));
    }

    @Test
    void anEnquiryIsTakenOverAsAnEmployerOfItsProjectOnce() {
        UUID project = fixtures.project("14511");
        Staff mentor = fixtures.staff(project, "mentor");
        Staff stranger = fixtures.staff(fixtures.project("14511"), "project_lead");
        String company = "Muster Bau " + UUID.randomUUID();
        Map<String, Object> body = enquiry(formToken(10), company, project);
        body.put("phone", "+49 371 555 0100");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/public/employer-enquiries")
                .then()
                .statusCode(202);
        String received = TestClock.pinnedLocal()
                .plusSeconds(10)
                .toLocalDate()
                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        String id = given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/employer-enquiries")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.company == '" + company + "' }.id");

        // outside the enquiry's project it does not exist; other roles may not take enquiries over
        given().auth()
                .oauth2(stranger.token())
                .header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/employer-enquiries/{id}/employer", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        for (String role : List.of("coordinator", "ministry", "admin")) {
            given().auth()
                    .oauth2(Tokens.role(role))
                    .header("If-Match", "\"0\"")
                    .when()
                    .post("/api/v1/employer-enquiries/{id}/employer", id)
                    .then()
                    .statusCode(403);
        }
        given().header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/employer-enquiries/{id}/employer", id)
                .then()
                .statusCode(401);
        // the enquiry's version is needed, and must be the current one
        given().auth()
                .oauth2(mentor.token())
                .when()
                .post("/api/v1/employer-enquiries/{id}/employer", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(mentor.token())
                .header("If-Match", "\"3\"")
                .when()
                .post("/api/v1/employer-enquiries/{id}/employer", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(mentor.token())
                .header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/employer-enquiries/{id}/employer", UUID.randomUUID())
                .then()
                .statusCode(404);

        io.restassured.response.Response created = given().auth()
                .oauth2(mentor.token())
                .header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/employer-enquiries/{id}/employer", id)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("projectId", equalTo(project.toString()))
                .body("name", equalTo(company))
                .body("district", equalTo("14511"))
                .body("contact.name", equalTo("Maria Beispiel"))
                .body("contact.email", equalTo("personal@muster.example"))
                .body("contact.phone", equalTo("+49 371 555 0100"))
                .body(
                        "notes",
                        equalTo("Anfrage über „Fachkräfte finden“ vom " + received
                                + ":\nWir suchen zwei Lagerfachkräfte."))
                .extract()
                .response();
        String employer = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/employers/" + employer);
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/employers/{id}", employer)
                .then()
                .statusCode(200)
                .body("name", equalTo(company));
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/employer-enquiries")
                .then()
                .body("find { it.company == '" + company + "' }.status", equalTo("closed"))
                .body("find { it.company == '" + company + "' }.version", equalTo(1));
        // once closed, it is not taken over again
        given().auth()
                .oauth2(mentor.token())
                .header("If-Match", "\"1\"")
                .when()
                .post("/api/v1/employer-enquiries/{id}/employer", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(mentor.token())
                .queryParam("q", company)
                .when()
                .get("/api/v1/employers")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void enquiriesSentTooQuicklyTooLateWithoutConsentOrContactAreRefusedAndNotKept() {
        UUID project = fixtures.project("14511");
        String company = "Abgelehnt " + UUID.randomUUID();
        record Case(Map<String, Object> body, String field, String code) {}
        Map<String, Object> forged = enquiry(formToken(10), company, project);
        forged.put("formToken", "1700000000000.forged");
        Map<String, Object> expired = enquiry(formToken(3 * 3600), company, project);
        Map<String, Object> noConsent = enquiry(formToken(10), company, project);
        noConsent.put("consent", false);
        Map<String, Object> noContact = enquiry(formToken(10), company, project);
        noContact.remove("email");
        Map<String, Object> outside = enquiry(formToken(10), company, project);
        outside.put("postalCode", "10115");
        Map<String, Object> otherDistrict = enquiry(formToken(10), company, project);
        otherDistrict.put("postalCode", "04109");
        Map<String, Object> tooLong = enquiry(formToken(10), company, project);
        tooLong.put("message", "x".repeat(2001));
        // last: sent at once after its form was handed out
        Map<String, Object> tooFast = enquiry(formToken(1), company, project);
        for (Case c : List.of(
                new Case(tooFast, "formToken", "too_fast"),
                new Case(forged, "formToken", "invalid"),
                new Case(expired, "formToken", "form_expired"),
                new Case(noConsent, "consent", "must_accept"),
                new Case(noContact, "email", "email_or_phone"),
                new Case(outside, "postalCode", "outside_saxony"),
                new Case(otherDistrict, "projectId", "not_serving"),
                new Case(tooLong, "message", "too_long"))) {
            given().contentType(ContentType.JSON)
                    .body(c.body())
                    .when()
                    .post("/api/v1/public/employer-enquiries")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(c.field()))
                    .body("errors.code", hasItem(c.code()));
        }
        assertThat(fixtures.count("employer_enquiry", "company = ?1", company)).isZero();
    }

    @Test
    void theHiddenFieldFilledIsAnsweredAlikeButKeptNowhere() {
        UUID project = fixtures.project("14511");
        String company = "Bot " + UUID.randomUUID();
        Map<String, Object> body = enquiry(formToken(10), company, project);
        body.put("website", "https://spam.example");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/public/employer-enquiries")
                .then()
                .statusCode(202)
                .body("projectId", equalTo(project.toString()));
        assertThat(fixtures.count("employer_enquiry", "company = ?1", company)).isZero();
    }

    @Test
    void aBodyLargerThan16KilobytesIsRefusedBeforeItIsRead() {
        UUID project = fixtures.project("14511");
        Map<String, Object> body = enquiry(formToken(10), "Groß", project);
        body.put("message", "x".repeat(20_000));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/public/employer-enquiries")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }
}
