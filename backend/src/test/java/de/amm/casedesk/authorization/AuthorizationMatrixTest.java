package de.amm.casedesk.authorization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
        ADMIN
    }

    @Inject
    Fixtures fixtures;

    /** Fresh records for one call: project A owns everything; the outsiders work in project B. */
    record World(
            UUID projectA,
            UUID projectB,
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
            UUID report) {}

    World world() {
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
        UUID mentee = fixtures.mentee(a);
        UUID menteeWithoutCase = fixtures.mentee(a);
        UUID caseId =
                fixtures.caseFile(a, mentee, mentorA.personId(), LocalDate.now().minusMonths(6), null);
        UUID employer = fixtures.employer(a);
        UUID spareEmployer = fixtures.employer(a);
        UUID activity = fixtures.activity(a, mentee, employer, LocalDate.now().minusDays(2));
        UUID placement = fixtures.placement(
                a, mentee, employer, "employment", LocalDate.now().minusMonths(4));
        UUID followUp = fixtures.followUpsOf(placement).getFirst();
        UUID referral = fixtures.referral(a, mentee);
        return new World(
                a,
                b,
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
                fixtures.statisticsReport());
    }

    /** One endpoint: how to call it against a world, and what each caller gets. */
    record Entry(String method, String path, Function<World, Call> call, Map<Caller, Integer> expected) {}

    record Call(String path, Object body, Map<String, String> headers) {
        static Call of(String path) {
            return new Call(path, null, Map.of());
        }

        Call withBody(Object body) {
            return new Call(path, body, headers);
        }

        Call ifMatch(String version) {
            return new Call(path, body, Map.of("If-Match", "\"" + version + "\""));
        }
    }

    // Expected statuses, in the order of Caller: ANONYMOUS, MENTOR_IN, LEAD_IN, INTEGRATION_IN, MENTOR_OUT,
    // LEAD_OUT, COORDINATOR, MINISTRY, ADMIN.
    static Map<Caller, Integer> expect(int... statuses) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, statuses[caller.ordinal()]);
        }
        return expected;
    }

    static final Map<Caller, Integer> PUBLIC = expect(200, 200, 200, 200, 200, 200, 200, 200, 200);
    static final Map<Caller, Integer> RECORD_LIST = expect(401, 200, 200, 200, 200, 200, 200, 403, 403);
    static final Map<Caller, Integer> RECORD_READ = expect(401, 200, 200, 200, 404, 404, 200, 403, 403);
    static final Map<Caller, Integer> RECORD_CREATE = expect(401, 201, 201, 201, 404, 404, 403, 403, 403);
    static final Map<Caller, Integer> RECORD_CHANGE = expect(401, 204, 204, 204, 404, 404, 403, 403, 403);
    static final Map<Caller, Integer> RECORD_DELETE = expect(401, 403, 204, 403, 404, 404, 403, 403, 403);

    static Map<String, Object> mentee(UUID project) {
        return Map.of("projectId", project.toString(), "firstName", "Amina", "lastName", "Haddad", "gender", "female");
    }

    static Map<String, Object> employer(UUID project) {
        return Map.of("projectId", project.toString(), "name", "Bäckerei Sonnenschein");
    }

    static Map<String, Object> activity(World w) {
        return Map.of(
                "projectId", w.projectA().toString(),
                "menteeId", w.mentee().toString(),
                "occurredOn", LocalDate.now().toString(),
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
                "startedOn", LocalDate.now().minusMonths(1).toString());
    }

    static Map<String, Object> referral(World w) {
        return Map.of(
                "projectId", w.projectA().toString(),
                "menteeId", w.mentee().toString(),
                "referredOn", LocalDate.now().toString(),
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
        entries.add(new Entry("GET", "/api/v1/code-lists", w -> Call.of("/api/v1/code-lists"), PUBLIC));
        entries.add(new Entry("GET", "/api/v1/projects", w -> Call.of("/api/v1/projects"), PUBLIC));
        entries.add(
                new Entry("GET", "/api/v1/projects/{id}", w -> Call.of("/api/v1/projects/" + w.projectA()), PUBLIC));
        entries.add(new Entry(
                "POST",
                "/api/v1/projects",
                w -> Call.of("/api/v1/projects").withBody(project("Matrix " + UUID.randomUUID())),
                expect(401, 403, 403, 403, 403, 403, 201, 403, 403)));
        entries.add(new Entry(
                "PUT",
                "/api/v1/projects/{id}",
                w -> Call.of("/api/v1/projects/" + w.projectA())
                        .withBody(project("Matrix " + UUID.randomUUID()))
                        .ifMatch("0"),
                expect(401, 403, 204, 403, 403, 403, 204, 403, 403)));
        // staff
        entries.add(new Entry(
                "GET", "/api/v1/me", w -> Call.of("/api/v1/me"), expect(401, 200, 200, 200, 200, 200, 200, 200, 200)));
        entries.add(new Entry(
                "GET",
                "/api/v1/projects/{projectId}/members",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/members"),
                expect(401, 200, 200, 403, 404, 404, 200, 403, 403)));
        entries.add(new Entry(
                "GET",
                "/api/v1/projects/{projectId}/members/{personId}",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/members/"
                        + w.mentorA().personId()),
                expect(401, 200, 200, 403, 404, 404, 200, 403, 403)));
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
                expect(401, 403, 201, 403, 403, 404, 201, 403, 403)));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/projects/{projectId}/members/{personId}",
                w -> Call.of("/api/v1/projects/" + w.projectA() + "/members/"
                        + w.mentorA().personId()),
                expect(401, 403, 204, 403, 403, 404, 204, 403, 403)));
        // case records
        entries.add(new Entry("GET", "/api/v1/mentees", w -> Call.of("/api/v1/mentees"), RECORD_LIST));
        entries.add(new Entry(
                "POST",
                "/api/v1/mentees",
                w -> Call.of("/api/v1/mentees").withBody(mentee(w.projectA())),
                RECORD_CREATE));
        entries.add(
                new Entry("GET", "/api/v1/mentees/{id}", w -> Call.of("/api/v1/mentees/" + w.mentee()), RECORD_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/mentees/{id}",
                w -> Call.of("/api/v1/mentees/" + w.mentee())
                        .withBody(mentee(w.projectA()))
                        .ifMatch("0"),
                RECORD_CHANGE));
        entries.add(new Entry(
                "DELETE",
                "/api/v1/mentees/{id}",
                w -> Call.of("/api/v1/mentees/" + w.mentee()).ifMatch("0"),
                RECORD_DELETE));
        entries.add(new Entry(
                "GET",
                "/api/v1/mentees/{id}/timeline",
                w -> Call.of("/api/v1/mentees/" + w.mentee() + "/timeline"),
                RECORD_READ));
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
                                "startedOn", LocalDate.now().toString())),
                RECORD_CREATE));
        entries.add(new Entry("GET", "/api/v1/cases/{id}", w -> Call.of("/api/v1/cases/" + w.caseId()), RECORD_READ));
        entries.add(new Entry(
                "PUT",
                "/api/v1/cases/{id}",
                w -> Call.of("/api/v1/cases/" + w.caseId())
                        .withBody(Map.of(
                                "leadMentorId", w.mentorA().personId().toString(),
                                "startedOn", LocalDate.now().minusMonths(6).toString(),
                                "endedOn", LocalDate.now().toString(),
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
                expect(401, 200, 200, 403, 200, 200, 403, 403, 403)));
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
                        .withBody(Map.of("checkedOn", LocalDate.now().toString(), "result", "still_there"))
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
                expect(401, 403, 200, 403, 403, 200, 200, 403, 403)));
        // statistics: project staff see their own projects only; the admin sees no figures
        entries.add(new Entry(
                "GET",
                "/api/v1/statistics/key-results",
                w -> Call.of("/api/v1/statistics/key-results?projectId=" + w.projectA()),
                expect(401, 200, 200, 200, 404, 404, 200, 200, 403)));
        entries.add(new Entry(
                "GET",
                "/api/v1/statistics/breakdown",
                w -> Call.of("/api/v1/statistics/breakdown?dimension=district&projectId=" + w.projectA()),
                expect(401, 200, 200, 200, 404, 404, 200, 200, 403)));
        entries.add(new Entry("GET", "/api/v1/public/key-results", w -> Call.of("/api/v1/public/key-results"), PUBLIC));
        entries.add(new Entry(
                "GET",
                "/api/v1/statistics/reports",
                w -> Call.of("/api/v1/statistics/reports"),
                expect(401, 403, 403, 403, 403, 403, 200, 200, 403)));
        entries.add(new Entry(
                "POST",
                "/api/v1/statistics/reports",
                w -> Call.of("/api/v1/statistics/reports").withBody(Map.of("year", 2020, "quarter", 1)),
                expect(401, 403, 403, 403, 403, 403, 201, 403, 403)));
        entries.add(new Entry(
                "GET",
                "/api/v1/statistics/reports/{id}",
                w -> Call.of("/api/v1/statistics/reports/" + w.report()),
                expect(401, 403, 403, 403, 403, 403, 200, 200, 403)));
        return entries;
    }

    @Test
    void everyServedEndpointIsInTheMatrix() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON)
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
            request = request.contentType(ContentType.JSON).body(call.body());
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
