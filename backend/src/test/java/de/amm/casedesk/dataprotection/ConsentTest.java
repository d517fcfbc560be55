package de.amm.casedesk.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Consent as versioned records, enforced by every operation that needs a scope. */
@QuarkusTest
class ConsentTest {

    private static final String CONSENT_REQUIRED = "https://amm-casedesk.example/problems/consent-required";

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID project;
    Staff mentor;
    UUID employer;

    @BeforeEach
    void setUp() {
        project = fixtures.project();
        mentor = fixtures.staff(project, "mentor");
        employer = records.employer(project).create();
    }

    private ValidatableResponse post(Staff who, String path, Object body) {
        return given().auth()
                .oauth2(who.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then();
    }

    private Map<String, Object> activity(UUID mentee, UUID withEmployer, String authority) {
        Map<String, Object> body = new HashMap<>();
        body.put("menteeId", mentee.toString());
        body.put("occurredOn", TestClock.today().toString());
        body.put("durationMinutes", 30);
        body.put("channel", "phone");
        body.put("topics", List.of("job_search"));
        if (withEmployer != null) {
            body.put("employerId", withEmployer.toString());
        }
        if (authority != null) {
            body.put("authority", authority);
        }
        return body;
    }

    private Map<String, Object> consent(String textVersion, String givenOn, String... scopes) {
        return Map.of("scopes", List.of(scopes), "textVersion", textVersion, "givenOn", givenOn);
    }

    private static void refusedFor(ValidatableResponse response, String scope) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(CONSENT_REQUIRED))
                .body("errors.code", hasItem("consent_missing"))
                .body("errors.params.scope", hasItem(scope));
    }

    @Test
    void registeringAMenteeTakesTheirConsentToCounselling() {
        Map<String, Object> body = new HashMap<>(Map.of("firstName", "Rana", "lastName", "Saleh", "gender", "female"));
        post(mentor, "/api/v1/mentees", body).statusCode(400).body("errors.field", hasItem("consent"));
        body.put("consent", consent("2026-01", TestClock.today().toString(), "employers"));
        post(mentor, "/api/v1/mentees", body)
                .statusCode(400)
                .body("errors.field", hasItem("consent.scopes"))
                .body("errors.code", hasItem("consent_missing"));
        assertThat(fixtures.count("mentee", "project_id = ?1", project)).isZero();

        body.put("consent", consent("2026-01", TestClock.today().toString(), "counselling", "employers"));
        String id = post(mentor, "/api/v1/mentees", body)
                .statusCode(201)
                .body("consentInForce", equalTo(List.of("counselling", "employers")))
                .extract()
                .path("id");
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}/consents", id)
                .then()
                .statusCode(200)
                .body("inForce", equalTo(List.of("counselling", "employers")))
                .body("history", hasSize(2))
                .body("history[0].textVersion", equalTo("2026-01"))
                .body("history[0].recordedBy.id", equalTo(mentor.personId().toString()))
                .body("history[0].projectId", equalTo(project.toString()));
    }

    @Test
    void operationsNeedTheirScope() {
        UUID mentee = records.mentee(project).consentingTo("counselling").create();
        records.caseOf(mentee).in(project).ledBy(mentor.personId()).create();

        post(mentor, "/api/v1/activities", activity(mentee, null, null)).statusCode(201);
        refusedFor(post(mentor, "/api/v1/activities", activity(mentee, employer, null)), "employers");
        refusedFor(post(mentor, "/api/v1/activities", activity(mentee, null, "Jobcenter Leipzig")), "jobcenter");
        refusedFor(
                post(
                        mentor,
                        "/api/v1/placements",
                        Map.of(
                                "menteeId", mentee.toString(),
                                "employerId", employer.toString(),
                                "type", "employment",
                                "startedOn", TestClock.today().toString())),
                "employers");
        refusedFor(
                post(
                        mentor,
                        "/api/v1/referrals",
                        Map.of(
                                "menteeId",
                                mentee.toString(),
                                "referredOn",
                                TestClock.today().toString(),
                                "provider",
                                "Migrationsberatung",
                                "topic",
                                "Wohnung")),
                "referral");
        assertThat(fixtures.count("placement", "mentee_id = ?1", mentee)).isZero();

        post(
                        mentor,
                        "/api/v1/mentees/" + mentee + "/consents",
                        consent("2026-11", TestClock.today().toString(), "employers"))
                .statusCode(201)
                .body("inForce", equalTo(List.of("counselling", "employers")));
        post(mentor, "/api/v1/activities", activity(mentee, employer, null)).statusCode(201);
    }

    @Test
    void aCaseInAnotherProjectNeedsConsentToTheTransfer() {
        UUID other = fixtures.project();
        fixtures.alsoWorksIn(mentor, other, "mentor");
        UUID mentee = records.mentee(project).consentingTo("counselling").create();
        Map<String, Object> newCase = Map.of(
                "projectId", other.toString(),
                "menteeId", mentee.toString(),
                "leadMentorId", mentor.personId().toString(),
                "startedOn", TestClock.today().toString());
        refusedFor(post(mentor, "/api/v1/cases", newCase), "transfer");
        assertThat(fixtures.count("mentee_project", "mentee_id = ?1", mentee)).isEqualTo(1);

        post(
                        mentor,
                        "/api/v1/mentees/" + mentee + "/consents",
                        consent("2026-11", TestClock.today().toString(), "transfer"))
                .statusCode(201);
        post(mentor, "/api/v1/cases", newCase).statusCode(201);
        assertThat(fixtures.count("mentee_project", "mentee_id = ?1", mentee)).isEqualTo(2);
    }

    @Test
    void aNewerTextReplacesTheOlderDeclarationAndKeepsItInTheHistory() {
        UUID mentee =
                records.mentee(project).consentingTo("counselling", "employers").create();
        String today = TestClock.today().toString();
        post(mentor, "/api/v1/mentees/" + mentee + "/consents", consent("2027-01", today, "counselling"))
                .statusCode(201)
                .body("inForce", equalTo(List.of("counselling", "employers")))
                .body("history", hasSize(3))
                .body("history.find { it.textVersion == '2027-01' }.withdrawnOn", nullValue())
                .body(
                        "history.find { it.scope == 'counselling' && it.textVersion == '2026-01' }.withdrawnOn",
                        equalTo(today))
                .body(
                        "history.find { it.scope == 'counselling' && it.textVersion == '2026-01' }.supersededBy",
                        notNullValue());
    }

    @Test
    void aWithdrawnScopeBlocksFromThenOn() {
        UUID mentee = records.mentee(project).create();
        records.caseOf(mentee).in(project).ledBy(mentor.personId()).create();
        post(mentor, "/api/v1/activities", activity(mentee, employer, null)).statusCode(201);

        post(
                        mentor,
                        "/api/v1/mentees/" + mentee + "/consents/withdrawal",
                        Map.of(
                                "scopes",
                                List.of("employers"),
                                "withdrawnOn",
                                TestClock.today().toString()))
                .statusCode(200)
                .body("consent.inForce", equalTo(List.of("counselling", "jobcenter", "referral", "transfer")))
                .body("anonymised", equalTo(false))
                .body("casesClosed", equalTo(0));
        refusedFor(post(mentor, "/api/v1/activities", activity(mentee, employer, null)), "employers");
        // withdrawn already
        post(
                        mentor,
                        "/api/v1/mentees/" + mentee + "/consents/withdrawal",
                        Map.of(
                                "scopes",
                                List.of("employers"),
                                "withdrawnOn",
                                TestClock.today().toString()))
                .statusCode(409);
        assertThat(fixtures.auditAbout(mentee)).contains("withdraw");
    }

    @Test
    void withdrawingCounsellingClosesTheCasesAndAnonymisesTheMentee() {
        UUID mentee = records.mentee(project).named("Selin", "Yılmaz").create();
        UUID caseId =
                records.caseOf(mentee).in(project).ledBy(mentor.personId()).create();
        records.activity(project).with(mentee).create();

        post(
                        mentor,
                        "/api/v1/mentees/" + mentee + "/consents/withdrawal",
                        Map.of(
                                "scopes",
                                List.of("counselling"),
                                "withdrawnOn",
                                TestClock.today().toString()))
                .statusCode(200)
                .body("consent.inForce", hasSize(0))
                .body("casesClosed", equalTo(1))
                .body("anonymised", equalTo(true));
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/cases/{id}", caseId)
                .then()
                .body("endedOn", equalTo(TestClock.today().toString()))
                .body("closingReason", equalTo("consent_withdrawn"));
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .body("firstName", equalTo(""))
                .body("anonymisedOn", equalTo(TestClock.today().toString()));
        assertThat(fixtures.count("activity", "mentee_id = ?1 and note is not null", mentee))
                .isZero();
        // an anonymised mentee's records take nothing new
        post(mentor, "/api/v1/activities", activity(mentee, null, null))
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theSignedFormIsStoredAndReadBack() {
        UUID mentee = records.mentee(project).create();
        UUID declaration = UUID.nameUUIDFromBytes(("consent:" + mentee).getBytes(StandardCharsets.UTF_8));
        byte[] pdf = "%PDF-1.4 unterschriebene Einwilligung".getBytes(StandardCharsets.US_ASCII);
        given().auth()
                .oauth2(mentor.token())
                .contentType("application/pdf")
                .body(pdf)
                .put("/api/v1/mentees/{id}/consents/{d}/form", mentee, declaration)
                .then()
                .statusCode(204);
        byte[] back = given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}/consents/{d}/form", mentee, declaration)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(pdf);
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}/consents", mentee)
                .then()
                .body("history[0].hasForm", equalTo(true));

        given().auth()
                .oauth2(mentor.token())
                .contentType("text/plain")
                .body("not a form")
                .put("/api/v1/mentees/{id}/consents/{d}/form", mentee, declaration)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        // the type is read from the bytes, not from the Content-Type
        given().auth()
                .oauth2(mentor.token())
                .contentType("application/pdf")
                .body("a letter, not a PDF".getBytes(StandardCharsets.US_ASCII))
                .put("/api/v1/mentees/{id}/consents/{d}/form", mentee, declaration)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(mentor.token())
                .contentType("application/pdf")
                .body(new byte[5 * 1024 * 1024 + 1])
                .put("/api/v1/mentees/{id}/consents/{d}/form", mentee, declaration)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("form"));
        given().auth()
                .oauth2(mentor.token())
                .contentType("application/pdf")
                .body(pdf)
                .put("/api/v1/mentees/{id}/consents/{d}/form", mentee, UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void badDeclarationsAreNamed() {
        UUID mentee = records.mentee(project).create();
        String path = "/api/v1/mentees/" + mentee + "/consents";
        post(mentor, path, Map.of("scopes", List.of(), "textVersion", "2026-01", "givenOn", "2026-11-01"))
                .statusCode(400)
                .body("errors.field", hasItem("scopes"));
        post(mentor, path, consent("2026-01", TestClock.today().plusDays(1).toString(), "counselling"))
                .statusCode(400)
                .body("errors.field", hasItem("givenOn"));
        post(mentor, path, consent("2026-01", "2026-11-01", "everything"))
                .statusCode(400)
                .body("errors.field", hasItem("scopes[0]"));
        post(mentor, path, consent(" ", "2026-11-01", "counselling"))
                .statusCode(400)
                .body("errors.field", hasItem("textVersion"));
        post(
                        mentor,
                        path + "/withdrawal",
                        Map.of(
                                "scopes",
                                List.of("counselling"),
                                "withdrawnOn",
                                TestClock.today().plusDays(1).toString()))
                .statusCode(400)
                .body("errors.field", hasItem("withdrawnOn"));
        assertThat(fixtures.count("consent", "mentee_id = ?1", mentee)).isEqualTo(5);
    }

    @Test
    void strangersFindNoConsent() {
        UUID mentee = records.mentee(project).create();
        Staff stranger = fixtures.staff(fixtures.project(), "mentor");
        given().auth()
                .oauth2(stranger.token())
                .get("/api/v1/mentees/{id}/consents", mentee)
                .then()
                .statusCode(404);
        post(stranger, "/api/v1/mentees/" + mentee + "/consents", consent("2026-01", "2026-11-01", "counselling"))
                .statusCode(404);
        assertThat(fixtures.count("consent", "mentee_id = ?1", mentee)).isEqualTo(5);
    }
}
