package de.amm.casedesk.authorization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint, called by every role from inside and outside the project that owns the records, with
 * the exact status expected. An endpoint that the API serves but this matrix lacks fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Caller {
        ANONYMOUS,
        MENTOR_IN,
        LEAD_IN,
        INTEGRATION_IN,
        MENTOR_OUT,
        LEAD_OUT,
        COORDINATOR,
        MINISTRY,
        ADMIN,
        /** The programme's data-protection officer: audit, access and erasure requests, no case work. */
        DPO,
        /** A mentor of project C, where project A's mentee has a case too: a mentee shared by two projects. */
        SHARED_MENTOR,
        /** Two roles: coordinator, and mentor in project B (an account from before such links were refused). */
        COORDINATOR_AND_MENTOR_OUT,
        /** Two roles: ministry, and lead of project B. */
        MINISTRY_AND_LEAD_OUT
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    /**
     * Fresh records for one call: project A owns everything; the outsiders work in project B; project C shares A's
     * mentee through a case of its own.
     */
    record World(
            UUID projectA,
            UUID projectB,
            UUID declaration,
            Map<Caller, String> tokens,
            Staff mentorA,
            UUID mentee,
            UUID menteeWithoutCase,
            UUID caseId,
            UUID employer,
            UUID spareEmployer,
            UUID activity,
            UUID placement,
            UUID followUp,
            UUID referral,
            UUID document,
            UUID transfer,
            UUID enquiry,
            String service,
            String formToken,
            UUID report) {}

    World world() {
        // every world at the suite's moment: only the enquiry's call moves the clock on (below)
        TestClock.reset();
        UUID a = fixtures.project();
        UUID b = fixtures.project();
        Staff mentorA = fixtures.staff(a, "mentor");
        Staff leadA = fixtures.staff(a, "project_lead");
        Staff integrationA = fixtures.staff(a, "integration");
        Staff mentorB = fixtures.staff(b, "mentor");
        Staff leadB = fixtures.staff(b, "project_lead");
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        tokens.put(Caller.MENTOR_IN, mentorA.token());
        tokens.put(Caller.LEAD_IN, leadA.token());
        tokens.put(Caller.INTEGRATION_IN, integrationA.token());
        tokens.put(Caller.MENTOR_OUT, mentorB.token());
        tokens.put(Caller.LEAD_OUT, leadB.token());
        tokens.put(Caller.COORDINATOR, Tokens.role("coordinator"));
        tokens.put(Caller.MINISTRY, Tokens.role("ministry"));
        tokens.put(Caller.ADMIN, Tokens.role("admin"));
        tokens.put(Caller.DPO, Tokens.role("data_protection_officer"));
        UUID c = fixtures.project();
        Staff sharedMentor = fixtures.staff(c, "mentor");
        tokens.put(Caller.SHARED_MENTOR, sharedMentor.token());
        Staff coordinatorInB = fixtures.staff(b, "mentor");
        tokens.put(
                Caller.COORDINATOR_AND_MENTOR_OUT, Tokens.of(coordinatorInB.keycloakUserId(), "coordinator", "mentor"));
        Staff ministryLeadInB = fixtures.staff(b, "project_lead");
        tokens.put(
                Caller.MINISTRY_AND_LEAD_OUT, Tokens.of(ministryLeadInB.keycloakUserId(), "ministry", "project_lead"));
        UUID mentee = records.mentee(a).create();
        UUID menteeWithoutCase = records.mentee(a).create();
        UUID caseId = records.caseOf(mentee)
                .in(a)
                .ledBy(mentorA.personId())
                .from(TestClock.today().minusMonths(6))
                .create();
        UUID employer = records.employer(a).create();
        UUID spareEmployer = records.employer(a).create();
        UUID activity = records.activity(a)
                .with(mentee)
                .withEmployer(employer)
                .on(TestClock.today().minusDays(2))
                .create();
        UUID placement = records.placementOf(mentee)
                .in(a)
                .at(employer)
                .type("employment")
                .from(TestClock.today().minusMonths(4))
                .create();
        UUID followUp = fixtures.followUpsOf(placement).getFirst();
        UUID referral = records.referralOf(mentee).in(a).create();
        records.caseOf(mentee)
                .in(c)
                .ledBy(sharedMentor.personId())
                .from(TestClock.today().minusMonths(1))
                .create();
        UUID declaration = fixtures.consentFormOf(mentee);
        return new World(
                a,
                b,
                declaration,
                tokens,
                mentorA,
                mentee,
                menteeWithoutCase,
                caseId,
                employer,
                spareEmployer,
                activity,
                placement,
                followUp,
                referral,
                fixtures.documentOf(mentee, a),
                fixtures.transferOf(mentee, a, fixtures.project()),
                fixtures.enquiryTo(a),
                given().auth()
                        .oauth2(Tokens.role("coordinator"))
                        .contentType("application/json")
                        .body(service())
                        .post("/api/v1/services")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"),
                formToken(),
                fixtures.statisticsReport());
    }

    /** A service of the directory in Leipzig. */
    static Map<String, Object> service() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "Sprachcafé Matrix");
        body.put("provider", "Testträger");
        body.put("kind", "language_course");
        body.put("description", "Beratung");
        body.put("address", Map.of("street", "Teststraße 1", "postalCode", "04109", "city", "Leipzig"));
        body.put("position", Map.of("latitude", 51.34, "longitude", 12.37));
        body.put("contact", Map.of("phone", "+49 341 555 0101", "email", "t@test.example", "openingHours", "Mo 9–12"));
        body.put("districts", List.of("14713"));
        body.put("languages", List.of("de", "fa"));
        body.put("targetGroups", List.of("refugees"));
        return body;
    }

    /**
     * An enquiry form handed out at the suite's moment; the enquiry's call sends it ten seconds later. Nothing else
     * runs at that later moment, so no record of the matrix (a report issued, say) lies after the suite's moment.
     */
    static String formToken() {
        return given().get("/api/v1/public/employer-enquiries/form")
                .then()
                .statusCode(200)
                .extract()
                .path("formToken");
    }

    @org.junit.jupiter.api.AfterEach
    void backToTheSuitesMoment() {
        TestClock.reset();
    }

    /** One endpoint: how to call it against a world, and what each caller gets. */
    record Entry(String method, String path, Function<World, Call> call, Map<Caller, Integer> expected) {}

    record Call(String path, Object body, Map<String, String> headers, String contentType) {
        static Call of(String path) {
            return new Call(path, null, Map.of(), "application/json");
        }

        Call withBody(Object body) {
            return new Call(path, body, headers, contentType);
        }

        Call ifMatch(String version) {
            return new Call(path, body, Map.of("If-Match", "\"" + version + "\""), contentType);
        }

        Call as(String type) {
            return new Call(path, body, headers, type);
        }
    }

    // Expected statuses, in the order of Caller: ANONYMOUS, MENTOR_IN, LEAD_IN, INTEGRATION_IN, MENTOR_OUT,
    // LEAD_OUT, COORDINATOR, MINISTRY, ADMIN, DPO, SHARED_MENTOR, COORDINATOR_AND_MENTOR_OUT, MINISTRY_AND_LEAD_OUT.
    static Map<Caller, Integer> expect(int... statuses) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, statuses[caller.ordinal()]);
        }
        return expected;
    }

    static final Map<Caller, Integer> PUBLIC = expect(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
    static final Map<Caller, Integer> RECORD_LIST =
            expect(401, 200, 200, 200, 200, 200, 200, 403, 403, 403, 200, 200, 200);
    /** A record of project A only. */
    static final Map<Caller, Integer> RECORD_READ =
            expect(401, 200, 200, 200, 404, 404, 200, 403, 403, 403, 404, 200, 404);
    /** The mentee that projects A and C share. */
    static final Map<Caller, Integer> MENTEE_READ =
            expect(401, 200, 200, 200, 404, 404, 200, 403, 403, 403, 200, 200, 404);

    static final Map<Caller, Integer> RECORD_CREATE =
            expect(401, 201, 201, 201, 404, 404, 403, 403, 403, 403, 404, 404, 404);
    static final Map<Caller, Integer> RECORD_CHANGE =
            expect(401, 204, 204, 204, 404, 404, 403, 403, 403, 403, 404, 404, 404);
    static final Map<Caller, Integer> MENTEE_CHANGE =
            expect(401, 204, 204, 204, 404, 404, 403, 403, 403, 403, 204, 404, 404);
    static final Map<Caller, Integer> RECORD_DELETE =
            expect(401, 403, 204, 403, 404, 404, 403, 403, 403, 403, 404, 404, 404);
    /** Access and erasure requests: a lead of one of the mentee's projects, or the data-protection officer. */
    static final Map<Caller, Integer> DATA_SUBJECT_REQUEST =
            expect(401, 403, 200, 403, 403, 404, 403, 403, 403, 200, 403, 403, 404);

    static final Map<Caller, Integer> DPO_AND_OPERATOR =
            expect(401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 403, 403);

    static Map<String, Object> mentee(UUID project) {
        return Map.of(
                "projectId",
                project.toString(),
                "firstName",
                "Amina",
                "lastName",
                "Haddad",
                "gender",
                "female",
                "consent",
                Map.of(
                        "scopes",
                        List.of("counselling"),
                        "textVersion",
                        "2026-01",
                        "givenOn",
                        TestClock.today().toString()));
    }

    static Map<String, Object> menteeChange(UUID project) {
        return Map.of("projectId", project.toString(), "firstName", "Amina", "lastName", "Haddad", "gender", "female");
    }

    static Map<String, Object> employer(UUID project) {
        return Map.of("projectId", project.toString(), "name", "Bäckerei Sonnenschein");
    }

    static Map<String, Object> activity(World w) {
        return Map.of(
                "projectId", w.projectA().toString(),
                "menteeId", w.mentee().toString(),
                "occurredOn", TestClock.today().toString(),
                "durationMinutes", 30,
                "channel", "phone",
                "topics", List.of("job_search"));
    }

    static Map<String, Object> placement(World w) {
        return Map.of(
                "projectId", w.projectA().toString(),
                "menteeId", w.mentee().toString(),
                "employerId", w.employer().toString(),
                "type", "employment",
                "startedOn", TestClock.today().minusMonths(1).toString());
    }

    static Map<String, Object> referral(World w) {
        return Map.of(
                "projectId", w.projectA().toString(),
                "menteeId", w.mentee().toString(),
                "referredOn", TestClock.today().toString(),
                "provider", "Migrationsberatung",
                "topic", "Wohnungssuche");
    }

    static Map<String, Object> project(String name) {
        return Map.of(
                "name", name,
                "carrier", "Träger e.V.",
                "address", Map.of("street", "Hauptstraße 1", "postalCode", "01067", "city", "Dresden"),
                "contact", Map.of(),
                "position", Map.of("latitude", 51.05, "longitude", 13.74),
                "districts", List.of("14612"));
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        // public reference data and directory
        entries.add(new Entry("GET", "/api/v1/districts", w -> Call.of("/api/v1/districts"), PUBLIC));
        entries.add(new Entry("GET", "/api/v1/programme-phases", w -> Call.of("/api/v1/programme-phases"), PUBLIC));
        entries.add(new Entry("GET", "/api/v1/clock", w -> Call.of("/api/v1/clock"), PUBLIC));
        entries.add(new Entry("GET", "/api/v1/code-lists", w -> Call.of("/api/v1/code-lists"), PUBLIC));
        entries.add(new Entry("GET", "/api/v1/projects", w -> Call.of("/api/v1/projects"), PUBLIC));
        entries.add(
                new Entry("GET", "/api/v1/projects/{id}", w -> Call.of("/api/v1/projects/" + w.projectA()), PUBLIC));
        entries.add(new Entry(
                "POST",
                "/api/v1/projects",
                w -> Call.of("/api/v1/projects").withBody(project("Matrix " + UUID.randomUUID())),
                expect(401, 403, 403, 403, 403, 403, 201, 403, 403, 403, 403, 201, 403)));
        entries.add(new Entry(
                "PUT",
                "/api/v1/projects/{id}",
                w -> Call.of("/api/v1/projects/" + w.projectA())
                        .withBody(project("Matrix " + UUID.randomUUID()))
                        .ifMatch("0"),
                expect(401, 403, 204, 403, 403, 403, 204, 403, 403, 403, 403, 204, 403)));
        // staff
        entries.add(new Entry(
                "GET",
                "/api/v1/me",
                w -> Call.of("/api/v1/me"),
                expect(401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200)));
        entries.add(new Entry(
                "GET",
                "/api/v1/projects/{projectId}/members",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/members"),
                expect(401, 200, 200, 403, 404, 404, 200, 403, 403, 403, 404, 200, 404)));
        entries.add(new Entry(
                "GET",
                "/api/v1/projects/{projectId}/members/{personId}",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/members/"
                        + w.mentorA().personId()),
                expect(401, 200, 200, 403, 404, 404, 200, 403, 403, 403, 404, 200, 404)));
        entries.add(new Entry(
                "POST",
                "/api/v1/projects/{projectId}/members",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/members")
                        .withBody(Map.of(
                                "email",
                                        "matrix." + UUID.randomUUID().toString().substring(0, 8) + "@amm-test.example",
                                "firstName", "Matrix",
                                "lastName", "Test",
                                "role", "mentor")),
                expect(401, 403, 201, 403, 403, 404, 201, 403, 403, 403, 403, 201, 404)));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/projects/{projectId}/members/{personId}",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/members/"
                        + w.mentorA().personId()),
                expect(401, 403, 204, 403, 403, 404, 204, 403, 403, 403, 403, 204, 404)));
        // case records
        entries.add(new Entry("GET", "/api/v1/mentees", w -> Call.of("/api/v1/mentees"), RECORD_LIST));
        entries.add(new Entry(
                "POST",
                "/api/v1/mentees",
                w -> Call.of("/api/v1/mentees").withBody(mentee(w.projectA())),
                RECORD_CREATE));
        entries.add(
                new Entry("GET", "/api/v1/mentees/{id}", w -> Call.of("/api/v1/mentees/" + w.mentee()), MENTEE_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/mentees/{id}",
                w -> Call.of("/api/v1/mentees/" + w.mentee())
                        .withBody(menteeChange(w.projectA()))
                        .ifMatch("0"),
                MENTEE_CHANGE));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/mentees/{id}",
                w -> Call.of("/api/v1/mentees/" + w.menteeWithoutCase()).ifMatch("0"),
                RECORD_DELETE));
        entries.add(new Entry(
                "GET",
                "/api/v1/mentees/{id}/timeline",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/timeline"),
                MENTEE_READ));
        // consent and data protection
        entries.add(new Entry(
                "GET",
                "/api/v1/mentees/{id}/consents",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/consents"),
                expect(401, 200, 200, 200, 404, 404, 200, 403, 403, 200, 200, 200, 404)));
        entries.add(new Entry(
                "POST",
                "/api/v1/mentees/{id}/consents",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/consents")
                        .withBody(Map.of(
                                "scopes",
                                List.of("counselling", "employers"),
                                "textVersion",
                                "2026-11",
                                "givenOn",
                                TestClock.today().toString())),
                expect(401, 201, 201, 201, 404, 404, 403, 403, 403, 403, 201, 404, 404)));
        entries.add(new Entry(
                "POST",
                "/api/v1/mentees/{id}/consents/withdrawal",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/consents/withdrawal")
                        .withBody(Map.of(
                                "scopes",
                                List.of("employers"),
                                "withdrawnOn",
                                TestClock.today().toString())),
                expect(401, 200, 200, 200, 404, 404, 403, 403, 403, 200, 200, 404, 404)));
        entries.add(new Entry(
                "PUT",
                "/api/v1/mentees/{id}/consents/{declarationId}/form",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/consents/" + w.declaration() + "/form")
                        .withBody("%PDF-1.4 signed form".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .as("application/pdf"),
                expect(401, 204, 204, 403, 404, 404, 403, 403, 403, 403, 204, 404, 404)));
        entries.add(new Entry(
                "GET",
                "/api/v1/mentees/{id}/consents/{declarationId}/form",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/consents/" + w.declaration() + "/form"),
                expect(401, 200, 200, 403, 404, 404, 403, 403, 403, 200, 200, 404, 404)));
        // the public face: the map, the directory, employers' enquiries
        entries.add(new Entry("GET", "/api/v1/public/offices", w -> Call.of("/api/v1/public/offices"), PUBLIC));
        entries.add(new Entry(
                "GET", "/api/v1/public/services", w -> Call.of("/api/v1/public/services?district=14713"), PUBLIC));
        entries.add(new Entry(
                "GET", "/api/v1/public/services/{id}", w -> Call.of("/api/v1/public/services/" + w.service()), PUBLIC));
        entries.add(new Entry(
                "GET",
                "/api/v1/public/postal-codes/{postalCode}",
                w -> Call.of("/api/v1/public/postal-codes/04109"),
                PUBLIC));
        entries.add(new Entry(
                "GET",
                "/api/v1/public/key-results/districts",
                w -> Call.of("/api/v1/public/key-results/districts"),
                PUBLIC));
        entries.add(new Entry(
                "GET",
                "/api/v1/public/employer-enquiries/form",
                w -> Call.of("/api/v1/public/employer-enquiries/form"),
                PUBLIC));
        entries.add(new Entry(
                "POST",
                "/api/v1/public/employer-enquiries",
                w -> {
                    TestClock.set(TestClock.pinnedLocal().plusSeconds(10));
                    return Call.of("/api/v1/public/employer-enquiries")
                            .withBody(Map.of(
                                    "formToken", w.formToken(),
                                    "company", "Lager GmbH",
                                    "contactName", "Maria Beispiel",
                                    "email", "m@lager.example",
                                    "postalCode", "04109",
                                    "projectId", w.projectA().toString(),
                                    "message", "Wir suchen zwei Fachkräfte.",
                                    "consent", true));
                },
                expect(202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 202)));
        entries.add(new Entry(
                "GET",
                "/api/v1/employer-enquiries",
                w -> Call.of("/api/v1/employer-enquiries"),
                expect(401, 200, 200, 403, 200, 200, 403, 403, 403, 403, 200, 200, 200)));
        entries.add(new Entry(
                "PUT",
                "/api/v1/employer-enquiries/{id}/status",
                w -> Call.of("/api/v1/employer-enquiries/" + w.enquiry() + "/status")
                        .withBody(Map.of("status", "contacted"))
                        .ifMatch("0"),
                expect(401, 204, 204, 403, 404, 404, 403, 403, 403, 403, 404, 404, 404)));
        entries.add(new Entry(
                "POST",
                "/api/v1/employer-enquiries/{id}/employer",
                w -> Call.of("/api/v1/employer-enquiries/" + w.enquiry() + "/employer")
                        .ifMatch("0"),
                expect(401, 201, 201, 403, 404, 404, 403, 403, 403, 403, 404, 404, 404)));
        entries.add(new Entry(
                "GET",
                "/api/v1/projects/{id}/offices",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/offices"),
                PUBLIC));
        entries.add(new Entry(
                "PUT",
                "/api/v1/projects/{id}/offices",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/offices")
                        .withBody(Map.of("branches", List.of()))
                        .ifMatch("0"),
                expect(401, 403, 204, 403, 403, 403, 204, 403, 403, 403, 403, 204, 403)));
        // a project lead maintains the services of their projects' districts (A and B are both in Leipzig)
        Map<Caller, Integer> maintainers = expect(401, 403, 200, 403, 403, 200, 200, 403, 403, 403, 403, 200, 200);
        entries.add(new Entry(
                "GET",
                "/api/v1/services/maintained-districts",
                w -> Call.of("/api/v1/services/maintained-districts"),
                maintainers));
        entries.add(new Entry(
                "POST",
                "/api/v1/services",
                w -> Call.of("/api/v1/services").withBody(service()),
                expect(401, 403, 201, 403, 403, 201, 201, 403, 403, 403, 403, 201, 201)));
        entries.add(new Entry(
                "PUT",
                "/api/v1/services/{id}",
                w -> Call.of("/api/v1/services/" + w.service())
                        .withBody(service())
                        .ifMatch("0"),
                expect(401, 403, 204, 403, 403, 204, 204, 403, 403, 403, 403, 204, 204)));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/services/{id}",
                w -> Call.of("/api/v1/services/" + w.service()).ifMatch("0"),
                expect(401, 403, 204, 403, 403, 204, 204, 403, 403, 403, 403, 204, 204)));
        // transfers: both ends see them; nobody in the matrix works in the receiving project D (the resource test
        // accepts and declines), project A hands over
        Map<Caller, Integer> transferSeen = expect(401, 200, 200, 200, 404, 404, 403, 403, 403, 403, 404, 404, 404);
        Map<Caller, Integer> transferAnswer = expect(401, 403, 403, 403, 404, 404, 403, 403, 403, 403, 404, 404, 404);
        entries.add(new Entry(
                "GET",
                "/api/v1/transfers",
                w -> Call.of("/api/v1/transfers"),
                expect(401, 200, 200, 200, 200, 200, 403, 403, 403, 403, 200, 200, 200)));
        entries.add(new Entry(
                "GET", "/api/v1/transfers/{id}", w -> Call.of("/api/v1/transfers/" + w.transfer()), transferSeen));
        entries.add(new Entry(
                "POST",
                "/api/v1/transfers",
                w -> Call.of("/api/v1/transfers")
                        .withBody(Map.of(
                                "menteeId",
                                w.mentee().toString(),
                                "toProjectId",
                                w.projectB().toString())),
                expect(401, 201, 201, 201, 404, 404, 403, 403, 403, 403, 201, 404, 404)));
        entries.add(new Entry(
                "POST",
                "/api/v1/transfers/{id}/acceptance",
                w -> Call.of("/api/v1/transfers/" + w.transfer() + "/acceptance")
                        .withBody(Map.of())
                        .ifMatch("0"),
                transferAnswer));
        entries.add(new Entry(
                "POST",
                "/api/v1/transfers/{id}/decline",
                w -> Call.of("/api/v1/transfers/" + w.transfer() + "/decline")
                        .withBody(Map.of("reason", "keine Plätze frei"))
                        .ifMatch("0"),
                transferAnswer));
        entries.add(new Entry(
                "POST",
                "/api/v1/transfers/{id}/cancellation",
                w -> Call.of("/api/v1/transfers/" + w.transfer() + "/cancellation")
                        .ifMatch("0"),
                transferSeen));
        // documents: only for the people who work in the document's project, not for programme-wide readers
        Map<Caller, Integer> documentRead = expect(401, 200, 200, 200, 404, 404, 403, 403, 403, 403, 404, 404, 404);
        entries.add(new Entry(
                "GET",
                "/api/v1/mentees/{id}/documents",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/documents"),
                expect(401, 200, 200, 200, 404, 404, 403, 403, 403, 403, 200, 404, 404)));
        entries.add(new Entry(
                "POST",
                "/api/v1/mentees/{id}/documents",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/documents?kind=cv&fileName=cv.pdf")
                        .withBody("%PDF-1.4 cv".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .as("application/pdf"),
                expect(401, 201, 201, 201, 404, 404, 403, 403, 403, 403, 201, 404, 404)));
        entries.add(new Entry(
                "GET", "/api/v1/documents/{id}", w -> Call.of("/api/v1/documents/" + w.document()), documentRead));
        entries.add(new Entry(
                "GET",
                "/api/v1/documents/{id}/content",
                w -> Call.of("/api/v1/documents/" + w.document() + "/content"),
                documentRead));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/documents/{id}",
                w -> Call.of("/api/v1/documents/" + w.document()).ifMatch("0"),
                RECORD_DELETE));
        entries.add(new Entry(
                "GET",
                "/api/v1/mentees/{id}/subject-access",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/subject-access"),
                DATA_SUBJECT_REQUEST));
        entries.add(new Entry(
                "POST",
                "/api/v1/mentees/{id}/anonymisation",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/anonymisation"),
                DATA_SUBJECT_REQUEST));
        entries.add(new Entry(
                "GET",
                "/api/v1/data-protection/retention",
                w -> Call.of("/api/v1/data-protection/retention"),
                DPO_AND_OPERATOR));
        entries.add(new Entry(
                "POST",
                "/api/v1/data-protection/retention/runs",
                w -> Call.of("/api/v1/data-protection/retention/runs"),
                DPO_AND_OPERATOR));
        entries.add(new Entry("GET", "/api/v1/employers", w -> Call.of("/api/v1/employers"), RECORD_LIST));
        entries.add(new Entry(
                "POST",
                "/api/v1/employers",
                w -> Call.of("/api/v1/employers").withBody(employer(w.projectA())),
                RECORD_CREATE));
        entries.add(new Entry(
                "GET", "/api/v1/employers/{id}", w -> Call.of("/api/v1/employers/" + w.employer()), RECORD_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/employers/{id}",
                w -> Call.of("/api/v1/employers/" + w.employer())
                        .withBody(employer(w.projectA()))
                        .ifMatch("0"),
                RECORD_CHANGE));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/employers/{id}",
                w -> Call.of("/api/v1/employers/" + w.spareEmployer()).ifMatch("0"),
                RECORD_DELETE));
        entries.add(new Entry("GET", "/api/v1/cases", w -> Call.of("/api/v1/cases"), RECORD_LIST));
        entries.add(new Entry(
                "POST",
                "/api/v1/cases",
                w -> Call.of("/api/v1/cases")
                        .withBody(Map.of(
                                "projectId", w.projectA().toString(),
                                "menteeId", w.menteeWithoutCase().toString(),
                                "leadMentorId", w.mentorA().personId().toString(),
                                "startedOn", TestClock.today().toString())),
                RECORD_CREATE));
        entries.add(new Entry("GET", "/api/v1/cases/{id}", w -> Call.of("/api/v1/cases/" + w.caseId()), RECORD_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/cases/{id}",
                w -> Call.of("/api/v1/cases/" + w.caseId())
                        .withBody(Map.of(
                                "leadMentorId", w.mentorA().personId().toString(),
                                "startedOn", TestClock.today().minusMonths(6).toString(),
                                "endedOn", TestClock.today().toString(),
                                "closingReason", "placed_stable"))
                        .ifMatch("0"),
                RECORD_CHANGE));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/cases/{id}",
                w -> Call.of("/api/v1/cases/" + w.caseId()).ifMatch("0"),
                RECORD_DELETE));
        entries.add(new Entry(
                "GET",
                "/api/v1/caseload",
                w -> Call.of("/api/v1/caseload"),
                expect(401, 200, 200, 403, 200, 200, 403, 403, 403, 403, 200, 200, 200)));
        entries.add(new Entry("GET", "/api/v1/activities", w -> Call.of("/api/v1/activities"), RECORD_LIST));
        entries.add(new Entry(
                "POST", "/api/v1/activities", w -> Call.of("/api/v1/activities").withBody(activity(w)), RECORD_CREATE));
        entries.add(new Entry(
                "GET", "/api/v1/activities/{id}", w -> Call.of("/api/v1/activities/" + w.activity()), RECORD_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/activities/{id}",
                w -> Call.of("/api/v1/activities/" + w.activity())
                        .withBody(activity(w))
                        .ifMatch("0"),
                RECORD_CHANGE));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/activities/{id}",
                w -> Call.of("/api/v1/activities/" + w.activity()).ifMatch("0"),
                RECORD_DELETE));
        entries.add(new Entry("GET", "/api/v1/placements", w -> Call.of("/api/v1/placements"), RECORD_LIST));
        entries.add(new Entry(
                "POST",
                "/api/v1/placements",
                w -> Call.of("/api/v1/placements").withBody(placement(w)),
                RECORD_CREATE));
        entries.add(new Entry(
                "GET", "/api/v1/placements/{id}", w -> Call.of("/api/v1/placements/" + w.placement()), RECORD_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/placements/{id}",
                w -> Call.of("/api/v1/placements/" + w.placement())
                        .withBody(placement(w))
                        .ifMatch("0"),
                RECORD_CHANGE));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/placements/{id}",
                w -> Call.of("/api/v1/placements/" + w.placement()).ifMatch("0"),
                RECORD_DELETE));
        entries.add(new Entry("GET", "/api/v1/follow-ups", w -> Call.of("/api/v1/follow-ups"), RECORD_LIST));
        entries.add(new Entry(
                "GET", "/api/v1/follow-ups/{id}", w -> Call.of("/api/v1/follow-ups/" + w.followUp()), RECORD_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/follow-ups/{id}",
                w -> Call.of("/api/v1/follow-ups/" + w.followUp())
                        .withBody(Map.of("checkedOn", TestClock.today().toString(), "result", "still_there"))
                        .ifMatch("0"),
                RECORD_CHANGE));
        entries.add(new Entry("GET", "/api/v1/referrals", w -> Call.of("/api/v1/referrals"), RECORD_LIST));
        entries.add(new Entry(
                "POST", "/api/v1/referrals", w -> Call.of("/api/v1/referrals").withBody(referral(w)), RECORD_CREATE));
        entries.add(new Entry(
                "GET", "/api/v1/referrals/{id}", w -> Call.of("/api/v1/referrals/" + w.referral()), RECORD_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/referrals/{id}",
                w -> Call.of("/api/v1/referrals/" + w.referral())
                        .withBody(referral(w))
                        .ifMatch("0"),
                RECORD_CHANGE));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/referrals/{id}",
                w -> Call.of("/api/v1/referrals/" + w.referral()).ifMatch("0"),
                RECORD_DELETE));
        entries.add(new Entry(
                "GET",
                "/api/v1/audit",
                w -> Call.of("/api/v1/audit"),
                expect(401, 403, 200, 403, 403, 200, 200, 403, 403, 200, 403, 200, 200)));
        entries.add(new Entry(
                "GET",
                "/api/v1/audit/export",
                w -> Call.of("/api/v1/audit/export"),
                expect(401, 403, 200, 403, 403, 200, 200, 403, 403, 200, 403, 200, 200)));
        entries.add(
                new Entry("GET", "/api/v1/audit/integrity", w -> Call.of("/api/v1/audit/integrity"), DPO_AND_OPERATOR));
        // statistics: project staff see their own projects only; the admin sees no figures
        entries.add(new Entry(
                "GET",
                "/api/v1/statistics/key-results",
                w -> Call.of("/api/v1/statistics/key-results?projectId=" + w.projectA()),
                expect(401, 200, 200, 200, 404, 404, 200, 200, 403, 403, 404, 200, 200)));
        entries.add(new Entry(
                "GET",
                "/api/v1/statistics/breakdown",
                w -> Call.of("/api/v1/statistics/breakdown?dimension=district&projectId=" + w.projectA()),
                expect(401, 200, 200, 200, 404, 404, 200, 200, 403, 403, 404, 200, 200)));
        entries.add(new Entry("GET", "/api/v1/public/key-results", w -> Call.of("/api/v1/public/key-results"), PUBLIC));
        entries.add(new Entry(
                "GET",
                "/api/v1/statistics/reports",
                w -> Call.of("/api/v1/statistics/reports"),
                expect(401, 403, 403, 403, 403, 403, 200, 200, 403, 403, 403, 200, 200)));
        entries.add(new Entry(
                "POST",
                "/api/v1/statistics/reports",
                w -> Call.of("/api/v1/statistics/reports").withBody(Map.of("year", 2020, "quarter", 1)),
                expect(401, 403, 403, 403, 403, 403, 201, 403, 403, 403, 403, 201, 403)));
        entries.add(new Entry(
                "GET",
                "/api/v1/statistics/reports/{id}",
                w -> Call.of("/api/v1/statistics/reports/" + w.report()),
                expect(401, 403, 403, 403, 403, 403, 200, 200, 403, 403, 403, 200, 200)));
        return entries;
    }

    @Test
    void everyServedEndpointIsInTheMatrix() {
        Map<String, Map<String, Object>> paths = given().port(de.amm.casedesk.testing.Management.port())
                .accept(ContentType.JSON)
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(key -> Set.of("get", "post", "put", "delete", "patch").contains(key))
                .forEach(method -> served.add(method.toUpperCase() + " " + path)));
        Set<String> inMatrix = new TreeSet<>();
        entries().forEach(e -> inMatrix.add(e.method() + " " + e.path()));
        assertThat(inMatrix).as("endpoints in the matrix").containsExactlyElementsOf(served);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheExactStatus() {
        return entries().stream()
                .flatMap(entry -> Stream.of(Caller.values())
                        .map(caller -> dynamicTest(
                                entry.method() + " " + entry.path() + " as " + caller + " → "
                                        + entry.expected().get(caller),
                                () -> check(entry, caller))));
    }

    private void check(Entry entry, Caller caller) {
        World world = world();
        Call call = entry.call().apply(world);
        RequestSpecification request = given();
        if (caller != Caller.ANONYMOUS) {
            request = request.auth().oauth2(world.tokens().get(caller));
        }
        request = request.headers(call.headers());
        if (call.body() != null) {
            request = call.body() instanceof byte[] bytes
                    ? request.contentType(call.contentType()).body(bytes)
                    : request.contentType(call.contentType()).body(call.body());
        }
        Response response = request.when().request(entry.method(), call.path());
        int expected = entry.expected().get(caller);
        assertThat(response.statusCode())
                .as("%s %s as %s: %s", entry.method(), entry.path(), caller, response.asString())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        boolean outsider = caller == Caller.MENTOR_OUT || caller == Caller.LEAD_OUT;
        if (outsider
                && expected == 200
                && entry.method().equals("GET")
                && response.asString().startsWith("{\"items\"")) {
            // a list: nothing of project A, not even in the count
            assertThat(response.<Integer>path("total"))
                    .as("total seen by %s", caller)
                    .isZero();
        }
    }
}
