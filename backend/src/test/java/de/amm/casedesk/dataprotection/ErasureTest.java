package de.amm.casedesk.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Erasure by anonymisation, hard deletion only for mistakes, and access that ends with the last link. */
@QuarkusTest
class ErasureTest {

    private static final String DELETION_NOT_ALLOWED = "https://amm-casedesk.example/problems/deletion-not-allowed";

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Test
    void anonymisationRemovesPersonalDataInEveryProjectAndKeepsTheReportingAttributes() {
        UUID a = fixtures.project();
        UUID c = fixtures.project();
        Staff lead = fixtures.staff(a, "project_lead");
        Staff mentorC = fixtures.staff(c, "mentor");
        UUID mentee = records.mentee(a)
                .named("Oksana", "Petrenko")
                .gender("female")
                .bornIn(1988)
                .nationality("UA")
                .create();
        records.caseOf(mentee).in(a).ledBy(lead.personId()).create();
        records.caseOf(mentee).in(c).ledBy(mentorC.personId()).create();
        UUID activityInC = records.activity(c).with(mentee).create();
        UUID employer = records.employer(a).create();
        UUID placement = records.placementOf(mentee).in(a).at(employer).create();
        fixtures.consentFormOf(mentee);
        String pseudonym = given().auth()
                .oauth2(lead.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .extract()
                .path("pseudonym");

        given().auth()
                .oauth2(lead.token())
                .post("/api/v1/mentees/{id}/anonymisation", mentee)
                .then()
                .statusCode(200)
                .body("anonymisedNow", equalTo(true))
                .body("anonymisedOn", equalTo(TestClock.today().toString()))
                .body("casesClosed", equalTo(2));

        given().auth()
                .oauth2(mentorC.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200)
                .body("firstName", equalTo(""))
                .body("lastName", equalTo(""))
                .body("birthDate", nullValue())
                .body("phone", nullValue())
                .body("notes", nullValue())
                .body("pseudonym", not(equalTo(pseudonym)))
                .body("gender", equalTo("female"))
                .body("yearOfBirth", equalTo(1988))
                .body("nationality", equalTo("UA"))
                .body("district", equalTo("14713"))
                .body("consentInForce", equalTo(List.of()));
        given().auth()
                .oauth2(mentorC.token())
                .get("/api/v1/activities/{id}", activityInC)
                .then()
                .body("note", nullValue())
                .body("topics", equalTo(List.of("job_search")));
        given().auth()
                .oauth2(lead.token())
                .get("/api/v1/placements/{id}", placement)
                .then()
                .body("type", equalTo("employment"));
        assertThat(fixtures.count("consent_form", "mentee_id = ?1", mentee)).isZero();
        assertThat(fixtures.count("mentee", "id = ?1 and first_name || last_name like '%Petrenko%'", mentee))
                .isZero();
        assertThat(fixtures.auditAbout(mentee)).contains("erase");

        // once is enough: a second request changes nothing, and the record takes no changes
        given().auth()
                .oauth2(lead.token())
                .post("/api/v1/mentees/{id}/anonymisation", mentee)
                .then()
                .statusCode(200)
                .body("anonymisedNow", equalTo(false));
        String etag = given().auth()
                .oauth2(lead.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("firstName", "Oksana", "lastName", "Petrenko", "gender", "female"))
                .put("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(409);
    }

    @Test
    void onlyTheLeadOfOneOfTheMenteesProjectsOrTheOfficerAnonymises() {
        UUID a = fixtures.project();
        UUID mentee = records.mentee(a).create();
        given().auth()
                .oauth2(fixtures.staff(a, "mentor").token())
                .post("/api/v1/mentees/{id}/anonymisation", mentee)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(fixtures.staff(fixtures.project(), "project_lead").token())
                .post("/api/v1/mentees/{id}/anonymisation", mentee)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .post("/api/v1/mentees/{id}/anonymisation", mentee)
                .then()
                .statusCode(403);
        assertThat(fixtures.count("mentee", "id = ?1 and anonymised_on is null", mentee))
                .isEqualTo(1);
        given().auth()
                .oauth2(Tokens.role("data_protection_officer"))
                .post("/api/v1/mentees/{id}/anonymisation", mentee)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.role("data_protection_officer"))
                .post("/api/v1/mentees/{id}/anonymisation", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMistakeIsDeletedOnlyWithinTheWindowAndOnlyInOneProject() {
        UUID a = fixtures.project();
        Staff lead = fixtures.staff(a, "project_lead");
        UUID fresh = records.mentee(a).create();
        UUID old = records.mentee(a)
                .registeredAt(TestClock.now().minus(Duration.ofDays(8)))
                .create();
        UUID shared = records.mentee(a).create();
        UUID b = fixtures.project();
        records.caseOf(shared)
                .in(b)
                .ledBy(fixtures.staff(b, "mentor").personId())
                .create();

        delete(lead, old).statusCode(409).body("type", equalTo(DELETION_NOT_ALLOWED));
        delete(lead, shared).statusCode(409).body("type", equalTo(DELETION_NOT_ALLOWED));
        assertThat(fixtures.count("mentee", "id in (?1, ?2)", old, shared)).isEqualTo(2);

        delete(lead, fresh).statusCode(204);
        assertThat(fixtures.count("mentee", "id = ?1", fresh)).isZero();
    }

    @Test
    void aReportIssuedAfterTheRegistrationKeepsTheMentee() {
        UUID a = fixtures.project();
        Staff lead = fixtures.staff(a, "project_lead");
        UUID mentee = records.mentee(a)
                .registeredAt(TestClock.now().minus(Duration.ofHours(2)))
                .create();
        fixtures.statisticsReport();
        delete(lead, mentee).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("report"));
    }

    @Test
    void deletingAMistakenCaseEndsTheOtherProjectsAccess() {
        UUID a = fixtures.project();
        UUID b = fixtures.project();
        Staff both = fixtures.staff(a, "mentor");
        fixtures.alsoWorksIn(both, b, "project_lead");
        Staff mentorB = fixtures.staff(b, "mentor");
        UUID mentee = records.mentee(a).create();
        String caseId = given().auth()
                .oauth2(Tokens.of(both.keycloakUserId(), "mentor", "project_lead"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "projectId", b.toString(),
                        "menteeId", mentee.toString(),
                        "leadMentorId", both.personId().toString(),
                        "startedOn", TestClock.today().toString()))
                .post("/api/v1/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(mentorB.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.of(both.keycloakUserId(), "mentor", "project_lead"))
                .header("If-Match", "\"0\"")
                .delete("/api/v1/cases/{id}", caseId)
                .then()
                .statusCode(204);

        given().auth()
                .oauth2(mentorB.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(404);
        assertThat(fixtures.count("mentee_project", "mentee_id = ?1", mentee)).isEqualTo(1);
    }

    @Test
    void aDeletedCaseKeepsTheLinkWhileOtherRecordsRemain() {
        UUID a = fixtures.project();
        UUID b = fixtures.project();
        Staff leadB = fixtures.staff(b, "project_lead");
        UUID mentee = records.mentee(a).create();
        UUID first = records.caseOf(mentee)
                .in(b)
                .ledBy(leadB.personId())
                .from(TestClock.today().minusYears(1))
                .until(TestClock.today().minusMonths(6))
                .create();
        records.activity(b).with(mentee).create();

        given().auth()
                .oauth2(leadB.token())
                .header("If-Match", "\"0\"")
                .delete("/api/v1/cases/{id}", first)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(leadB.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);
    }

    private io.restassured.response.ValidatableResponse delete(Staff lead, UUID mentee) {
        return given().auth()
                .oauth2(lead.token())
                .header("If-Match", "\"0\"")
                .delete("/api/v1/mentees/{id}", mentee)
                .then();
    }
}
