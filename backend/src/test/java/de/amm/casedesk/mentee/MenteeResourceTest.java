package de.amm.casedesk.mentee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class MenteeResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID project;
    Staff mentor;

    @BeforeEach
    void setUp() {
        project = fixtures.project();
        mentor = fixtures.staff(project, "mentor");
    }

    static Map<String, Object> amina() {
        Map<String, Object> mentee = new HashMap<>();
        mentee.put("firstName", "Amina");
        mentee.put("lastName", "Haddad");
        mentee.put("birthDate", "1994-05-17");
        mentee.put("phone", "+49 170 5550123");
        mentee.put("email", "amina.haddad@example.org");
        mentee.put("languages", List.of("ar", "en"));
        mentee.put("notes", "Sucht Arbeit in der Pflege");
        mentee.put("gender", "female");
        mentee.put("nationality", "SY");
        mentee.put("residenceStatus", "humanitarian");
        mentee.put("qualification", "vocational_abroad");
        mentee.put("recognitionStatus", "in_progress");
        mentee.put("germanLevel", "b1");
        mentee.put("district", "14713");
        mentee.put("referralSource", "jobcenter");
        mentee.put(
                "consent",
                new HashMap<>(Map.of(
                        "givenOn",
                        "2025-03-04",
                        "textVersion",
                        "2025-01",
                        "scopes",
                        List.of("counselling", "jobcenter"))));
        return mentee;
    }

    /** Amina's record as sent to change it: consent changes go through /consents, not with the record. */
    static Map<String, Object> aminaChanged() {
        Map<String, Object> mentee = amina();
        mentee.remove("consent");
        return mentee;
    }

    String create(Staff who, Map<String, Object> body) {
        return given().auth()
                .oauth2(who.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void mentorRegistersAMentee() {
        String location = given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(amina())
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("projectId", equalTo(project.toString()))
                .body("pseudonym", matchesPattern("TN-[A-Z2-9]{6}"))
                .body("restricted", equalTo(false))
                .body("firstName", equalTo("Amina"))
                .body("yearOfBirth", equalTo(1994))
                .body("consentInForce", equalTo(List.of("counselling", "jobcenter")))
                .extract()
                .header("Location");
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .body("lastName", equalTo("Haddad"))
                .body("notes", equalTo("Sucht Arbeit in der Pflege"))
                .body("germanLevel", equalTo("b1"));
    }

    @Test
    void everyReadAndChangeIsAuditedWithoutPersonalData() {
        String id = create(mentor, amina());
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(aminaChanged())
                .when()
                .put("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(204);
        assertThat(fixtures.auditOf(UUID.fromString(id))).containsExactly("create", "read", "update");
        assertThat(fixtures.count(
                        "audit_event",
                        "entity_id = ?1 and actor = ?2 and project_id = ?3",
                        UUID.fromString(id),
                        mentor.keycloakUserId(),
                        project))
                .isEqualTo(3);
    }

    @Test
    void coordinatorReadsAMenteePseudonymised() {
        String id = create(mentor, amina());
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .when()
                .get("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(200)
                .body("restricted", equalTo(true))
                .body("pseudonym", notNullValue())
                .body("firstName", nullValue())
                .body("lastName", nullValue())
                .body("birthDate", nullValue())
                .body("phone", nullValue())
                .body("email", nullValue())
                .body("notes", nullValue())
                .body("gender", equalTo("female"))
                .body("yearOfBirth", equalTo(1994))
                .body("nationality", equalTo("SY"));
    }

    @Test
    void mentorOfAnotherProjectFindsNothing() {
        String id = create(mentor, amina());
        Staff outsider = fixtures.staff(fixtures.project(), "mentor");
        given().auth()
                .oauth2(outsider.token())
                .when()
                .get("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(outsider.token())
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("total", equalTo(0));
        given().auth()
                .oauth2(outsider.token())
                .queryParam("q", "Haddad")
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(outsider.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(aminaChanged())
                .when()
                .put("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(404);
    }

    @Test
    void listFiltersAndSortsTheCaseload() {
        UUID open = records.mentee(project)
                .named("Omar", "Aziz")
                .gender("male")
                .district("14713")
                .create();
        UUID closed = records.mentee(project)
                .named("Olena", "Bondarenko")
                .gender("female")
                .district("14729")
                .create();
        UUID none = records.mentee(project)
                .named("Nuri", "Cakir")
                .gender("male")
                .district("14713")
                .create();
        Staff other = fixtures.staff(project, "mentor");
        records.caseOf(open)
                .in(project)
                .ledBy(other.personId())
                .from(TestClock.today().minusMonths(2))
                .create();
        records.caseOf(closed)
                .in(project)
                .ledBy(mentor.personId())
                .from(TestClock.today().minusYears(1))
                .until(TestClock.today().minusMonths(3))
                .create();
        UUID employer = records.employer(project).create();
        records.placementOf(closed)
                .in(project)
                .at(employer)
                .type("vocational_training")
                .from(TestClock.today().minusMonths(4))
                .create();
        records.activity(project).with(open).on(TestClock.today().minusDays(3)).create();

        given().auth()
                .oauth2(mentor.token())
                .queryParam("status", "open")
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(open.toString()))
                .body("items[0].status", equalTo("open"))
                .body("items[0].leadMentorId", equalTo(other.personId().toString()))
                .body(
                        "items[0].lastActivityOn",
                        equalTo(TestClock.today().minusDays(3).toString()));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("status", "closed")
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("items.id", equalTo(List.of(closed.toString())));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("status", "none")
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("items.id", equalTo(List.of(none.toString())));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("leadMentor", other.personId())
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("items.id", equalTo(List.of(open.toString())));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("district", "14729")
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("items.id", equalTo(List.of(closed.toString())));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("placementType", "vocational_training")
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("items.id", equalTo(List.of(closed.toString())));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("followUpDueBefore", TestClock.today().toString())
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("items.id", equalTo(List.of(closed.toString())))
                .body(
                        "items[0].nextFollowUpDueOn",
                        // three months after the start, clamped to the month's end as the definitions say
                        equalTo(TestClock.today().minusMonths(4).plusMonths(3).toString()));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("q", "olena bond")
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("items.id", equalTo(List.of(closed.toString())));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("sort", "lastName,desc")
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("items.lastName", equalTo(List.of("Cakir", "Bondarenko", "Aziz")));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("size", 2)
                .queryParam("page", 1)
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].lastName", equalTo("Cakir"));
    }

    @Test
    void coordinatorListsPseudonymisedAndCannotSearchNames() {
        records.mentee(project).create();
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .queryParam("projectId", project)
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.restricted", everyItem(equalTo(true)))
                .body("items[0].firstName", nullValue());
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .queryParam("q", "Test")
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("q"));
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .queryParam("sort", "lastName")
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
    }

    @Test
    void aCoordinatorWhoIsAlsoAMemberSearchesNamesOnlyInThatProject() {
        UUID other = fixtures.project();
        Staff member = fixtures.staff(other, "mentor");
        String token = Tokens.of(member.keycloakUserId(), "coordinator", "mentor");
        records.mentee(project).named("Farida", "Zarghuna-Elsner").create();
        UUID own = records.mentee(other).named("Farida", "Aalto").create();

        given().auth()
                .oauth2(token)
                .queryParam("q", "Zarghuna")
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(token)
                .queryParam("q", "Farida")
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(own.toString()));
        // ordered by name: only where the names are the caller's to see
        given().auth()
                .oauth2(token)
                .queryParam("sort", "lastName")
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().auth()
                .oauth2(token)
                .queryParam("sort", "lastName")
                .queryParam("projectId", other)
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(200)
                .body("items.projectId", everyItem(equalTo(other.toString())));
        // without a name the coordinator still lists every project, pseudonymised
        given().auth()
                .oauth2(token)
                .queryParam("projectId", project)
                .when()
                .get("/api/v1/mentees")
                .then()
                .body("total", equalTo(1))
                .body("items[0].restricted", equalTo(true));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("status", "waiting"),
                Arguments.of("leadMentor", "lena"),
                Arguments.of("district", "Leipzig"),
                Arguments.of("placementType", "job"),
                Arguments.of("followUpDueBefore", "31.12.2026"),
                Arguments.of("projectId", "42"),
                Arguments.of("page", "first"),
                Arguments.of("page", "-1"),
                Arguments.of("size", "1000"),
                Arguments.of("sort", "birthDate"),
                Arguments.of("sort", "lastName,sideways"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badQueries")
    void badListParametersAreNamed(String name, String value) {
        given().auth()
                .oauth2(mentor.token())
                .queryParam(name, value)
                .when()
                .get("/api/v1/mentees")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(name));
    }

    static Stream<Arguments> badFields() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("firstName", null, "firstName"));
        cases.add(Arguments.of("firstName", " ", "firstName"));
        cases.add(Arguments.of("lastName", "x".repeat(101), "lastName"));
        cases.add(Arguments.of("lastName", 7, "lastName"));
        cases.add(Arguments.of("birthDate", "2999-01-01", "birthDate"));
        cases.add(Arguments.of("birthDate", "17.05.1994", "birthDate"));
        cases.add(Arguments.of("birthDate", "1850-01-01", "birthDate"));
        cases.add(Arguments.of("yearOfBirth", 1990, "yearOfBirth"));
        cases.add(Arguments.of("yearOfBirth", "neunzehn", "yearOfBirth"));
        cases.add(Arguments.of("phone", "ruf an", "phone"));
        cases.add(Arguments.of("email", "amina@", "email"));
        cases.add(Arguments.of("languages", List.of("arabisch"), "languages[0]"));
        cases.add(Arguments.of("notes", "x".repeat(4001), "notes"));
        cases.add(Arguments.of("gender", null, "gender"));
        cases.add(Arguments.of("gender", "woman", "gender"));
        cases.add(Arguments.of("nationality", "Syria", "nationality"));
        cases.add(Arguments.of("nationality", "QQ", "nationality"));
        cases.add(Arguments.of("residenceStatus", "refugee", "residenceStatus"));
        cases.add(Arguments.of("qualification", "phd", "qualification"));
        cases.add(Arguments.of("recognitionStatus", "done", "recognitionStatus"));
        cases.add(Arguments.of("germanLevel", "B1", "germanLevel"));
        cases.add(Arguments.of("district", "99999", "district"));
        cases.add(Arguments.of("referralSource", "friend", "referralSource"));
        cases.add(Arguments.of("consent.givenOn", "2999-01-01", "consent.givenOn"));
        cases.add(Arguments.of("consent.textVersion", " ", "consent.textVersion"));
        cases.add(Arguments.of("consent.scopes", List.of("everything"), "consent.scopes[0]"));
        cases.add(Arguments.of("unknownField", "x", "unknownField"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    @SuppressWarnings("unchecked")
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String path, Object value, String field) {
        Map<String, Object> body = amina();
        String[] parts = path.split("\\.");
        Map<String, Object> target = body;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.get(parts[i]);
        }
        target.put(parts[parts.length - 1], value);
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(fixtures.count("mentee", "project_id = ?1", project)).isZero();
    }

    @Test
    void secondWriteWithAnOldVersionIsRefused() {
        String id = create(mentor, amina());
        Staff colleague = fixtures.staff(project, "mentor");
        Map<String, Object> changed = aminaChanged();
        changed.put("germanLevel", "b2");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(204)
                .header("ETag", "\"1\"");
        Map<String, Object> lost = aminaChanged();
        lost.put("germanLevel", "a2");
        given().auth()
                .oauth2(colleague.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(lost)
                .when()
                .put("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(412)
                .body("type", equalTo("https://amm-casedesk.example/problems/precondition-failed"));
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/mentees/{id}", id)
                .then()
                .body("germanLevel", equalTo("b2"));
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(changed)
                .when()
                .put("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(428);
    }

    @Test
    void retriedRegistrationCreatesOneMentee() {
        String key = UUID.randomUUID().toString();
        String first = given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(amina())
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(amina())
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith(first))
                .body("id", equalTo(first));
        assertThat(fixtures.count("mentee", "project_id = ?1", project)).isEqualTo(1);

        Map<String, Object> other = amina();
        other.put("firstName", "Karim");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(other)
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://amm-casedesk.example/problems/idempotency-key-reused"));
    }

    @Test
    void onlyTheLeadDeletesAMenteeEnteredByMistake() {
        String id = create(mentor, amina());
        given().auth()
                .oauth2(mentor.token())
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(403);
        Staff lead = fixtures.staff(project, "project_lead");
        given().auth()
                .oauth2(lead.token())
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/mentees/{id}", id)
                .then()
                .statusCode(404);
        // the mentor's refused deletion, the lead's deletion, the mentor's read that found nothing
        assertThat(fixtures.auditOf(UUID.fromString(id))).containsExactly("create", "refused", "delete", "refused");
    }

    @Test
    void staffOfSeveralProjectsNameTheProject() {
        UUID second = fixtures.project();
        fixtures.alsoWorksIn(mentor, second, "mentor");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(amina())
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("projectId"));
        Map<String, Object> body = amina();
        body.put("projectId", second.toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(201)
                .body("projectId", equalTo(second.toString()));
        body.put("projectId", fixtures.project().toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/mentees")
                .then()
                .statusCode(404);
    }
}
