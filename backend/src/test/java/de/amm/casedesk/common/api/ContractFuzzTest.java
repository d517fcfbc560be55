package de.amm.casedesk.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.Tokens;
import de.amm.casedesk.testing.fuzz.ContractFuzzer;
import de.amm.casedesk.testing.fuzz.ContractFuzzer.FuzzOperation;
import de.amm.casedesk.testing.fuzz.ContractFuzzer.FuzzRequest;
import de.amm.casedesk.testing.fuzz.IdPools;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing from the contract: at least 10,000 requests generated from ../openapi.yaml (swagger-parser reads it, jqwik
 * generates the values; see {@link ContractFuzzer}) against the running backend, as every role and as callers without
 * a valid token. No answer may be a 5xx, and every 4xx must be application/problem+json. Runs on a database of its own
 * (a profile of its own: Flyway cleans it at start), so its records never meet the other tests'. The seed is printed;
 * {@code -Damm.fuzz.seed=N} repeats a run, {@code -Damm.fuzz.requests=N} changes its length.
 */
@QuarkusTest
@TestProfile(ContractFuzzTest.Fuzzing.class)
class ContractFuzzTest {

    private static final Logger LOG = Logger.getLogger(ContractFuzzTest.class);

    public static class Fuzzing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("amm.fuzz.profile", "true");
        }
    }

    static final int REQUESTS = Integer.getInteger("amm.fuzz.requests", 10_000);
    static final int THREADS = 4;

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @TestHTTPResource("/")
    URL base;

    record Caller(String name, String token) {}

    record Outcome(FuzzRequest request, int status, String contentType, String body) {}

    @Test
    void noServerErrorAndProblemDetailsForEveryClientError() throws Exception {
        IdPools ids = new IdPools();
        List<Caller> callers = seed(ids);
        ContractFuzzer fuzzer = new ContractFuzzer(Path.of("..", "openapi.yaml"), ids, callers.size());
        List<FuzzOperation> operations = fuzzer.operations();
        assertThat(operations).as("operations in openapi.yaml").hasSizeGreaterThan(50);
        List<FuzzOperation> undocumented = fuzzer.undocumentedMethods();

        long seed = Long.getLong("amm.fuzz.seed", System.nanoTime());
        LOG.infof("Contract fuzzing: %d requests over %d operations, seed %d", REQUESTS, operations.size(), seed);
        // jqwik generates on this thread (its generators need jqwik's context, which sample streams set up), seeded;
        // the requests go out on a few threads while the next ones are generated
        net.jqwik.engine.SourceOfRandomness.create(Long.toString(seed));
        List<Iterator<FuzzRequest>> generators = operations.stream()
                .map(op -> op.requests().sampleStream().iterator())
                .toList();
        List<Iterator<FuzzRequest>> refused = undocumented.stream()
                .map(op -> op.requests().sampleStream().iterator())
                .toList();

        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        List<Outcome> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Semaphore inFlight = new Semaphore(THREADS * 2);
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; sent.get() + inFlightCount(inFlight) < REQUESTS; i++) {
            // the operations in turn, each with requests from its own generator; every tenth request uses a method
            // that the contract does not list for a path
            FuzzRequest request = i % 10 == 9
                    ? refused.get((i / 10) % refused.size()).next()
                    : generators.get(i % generators.size()).next();
            inFlight.acquire();
            pending.add(pool.submit(() -> {
                try {
                    for (Outcome outcome : send(http, request, callers.get(request.caller()), ids, sent)) {
                        byStatus.computeIfAbsent(outcome.status(), s -> new LongAdder())
                                .increment();
                        if (!acceptable(outcome)) {
                            failures.add(outcome);
                        }
                    }
                } finally {
                    inFlight.release();
                }
                return null;
            }));
        }
        for (Future<?> request : pending) {
            request.get();
        }
        pool.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<String, Long> byClass = new TreeMap<>();
        byStatus.forEach((status, count) -> byClass.merge(status / 100 + "xx", count.sum(), Long::sum));
        Map<Integer, Long> statuses = new TreeMap<>();
        byStatus.forEach((status, count) -> statuses.put(status, count.sum()));
        String summary = String.format(
                "Contract fuzzing: %d requests in %.1f s (seed %d): by class %s, by status %s, %d unacceptable",
                sent.get(), millis / 1000.0, seed, byClass, statuses, failures.size());
        LOG.info(summary);
        System.out.println(summary);
        synchronized (failures) {
            failures.stream()
                    .limit(20)
                    .forEach(f -> System.out.println("  " + f.status() + " " + f.contentType() + " ← "
                            + f.request().describe() + "\n    answer: "
                            + f.body().substring(0, Math.min(400, f.body().length()))));
        }

        assertThat(sent.get()).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(byClass.getOrDefault("2xx", 0L))
                .as("the generated requests reach the services, not only the checks")
                .isGreaterThan(REQUESTS / 20);
        assertThat(failures)
                .as("answers that are a 5xx, or a 4xx without application/problem+json (seed %d)", seed)
                .isEmpty();
    }

    private static int inFlightCount(Semaphore inFlight) {
        return THREADS * 2 - inFlight.availablePermits();
    }

    private static boolean acceptable(Outcome outcome) {
        if (outcome.status() >= 500) {
            return false;
        }
        if (outcome.status() >= 400) {
            return outcome.contentType() != null && outcome.contentType().startsWith("application/problem+json");
        }
        return true;
    }

    /** Sends the request (after a GET for the current ETag when it wants one); returns every answer it got. */
    private List<Outcome> send(HttpClient http, FuzzRequest request, Caller caller, IdPools ids, AtomicInteger sent)
            throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        String etag = null;
        if (request.wantsEtag()) {
            HttpResponse<String> current = exchange(http, "GET", request.path(), "", Map.of(), null, null, caller);
            sent.incrementAndGet();
            outcomes.add(outcome(request, current));
            etag = current.headers().firstValue("ETag").orElse(null);
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>(request.headers());
        if (etag != null) {
            headers.put("If-Match", etag);
        }
        HttpResponse<String> response = exchange(
                http,
                request.method(),
                request.path(),
                request.query(),
                headers,
                request.body(),
                request.contentType(),
                caller);
        sent.incrementAndGet();
        outcomes.add(outcome(request, response));
        if (response.statusCode() == 201) {
            response.headers().firstValue("Location").ifPresent(location -> remember(ids, location));
        }
        return outcomes;
    }

    private static Outcome outcome(FuzzRequest request, HttpResponse<String> response) {
        return new Outcome(
                request,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body() == null ? "" : response.body());
    }

    /** A created record joins its pool: "/api/v1/mentees/{id}" is a mentee. */
    private static void remember(IdPools ids, String location) {
        String[] segments = URI.create(location).getPath().split("/");
        if (segments.length < 2) {
            return;
        }
        String kind = IdPools.collectionKind(segments[segments.length - 2]);
        try {
            ids.add(kind, UUID.fromString(segments[segments.length - 1]));
        } catch (IllegalArgumentException notAnId) {
            // a location that does not end in an id: nothing to remember
        }
    }

    private HttpResponse<String> exchange(
            HttpClient http,
            String method,
            String path,
            String query,
            Map<String, String> headers,
            byte[] body,
            String contentType,
            Caller caller)
            throws Exception {
        String address = base.toString().replaceAll("/$", "") + path + (query.isEmpty() ? "" : "?" + query);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (caller.token() != null) {
            builder.header("Authorization", "Bearer " + caller.token());
        }
        if (contentType != null && body != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach((name, value) -> {
            try {
                builder.header(name, value);
            } catch (IllegalArgumentException notAllowed) {
                // the client refuses header values it cannot send (control characters): left out
            }
        });
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Two projects with staff and case records in the first; the callers: its mentor and lead, a mentor of the other
     * project, every programme-wide role, an integration client, and callers without a valid token.
     */
    private List<Caller> seed(IdPools ids) {
        UUID project = fixtures.project("14713");
        UUID other = fixtures.project("14612");
        Staff mentor = fixtures.staff(project, "mentor");
        Staff lead = fixtures.staff(project, "project_lead");
        Staff otherMentor = fixtures.staff(other, "mentor");
        Staff integration = fixtures.staff(project, "integration");
        ids.add("project", project);
        ids.add("project", other);
        for (Staff staff : List.of(mentor, lead, otherMentor)) {
            ids.add("person", staff.personId());
        }
        ids.add("person", UUID.randomUUID());
        for (String district : List.of("14713", "14612", "14729", "11000", "09162")) {
            ids.add("district", district);
        }
        UUID employer = records.employer(project).create();
        ids.add("employer", employer);
        for (int i = 0; i < 6; i++) {
            UUID mentee = records.mentee(i % 3 == 2 ? other : project).create();
            ids.add("mentee", mentee);
            ids.add("declaration", UUID.nameUUIDFromBytes(("consent:" + mentee).getBytes(StandardCharsets.UTF_8)));
            if (i % 3 == 2) {
                continue;
            }
            ids.add(
                    "case",
                    records.caseOf(mentee).in(project).ledBy(mentor.personId()).create());
            ids.add("activity", records.activity(project).with(mentee).create());
            ids.add("referral", records.referralOf(mentee).in(project).create());
            UUID placement =
                    records.placementOf(mentee).in(project).at(employer).create();
            ids.add("placement", placement);
            fixtures.followUpsOf(placement).forEach(followUp -> ids.add("followUp", followUp));
        }
        ids.add("report", fixtures.statisticsReport());
        return List.of(
                new Caller("mentor", mentor.token()),
                new Caller("mentor", mentor.token()),
                new Caller("project_lead", lead.token()),
                new Caller("project_lead", lead.token()),
                new Caller("mentor of another project", otherMentor.token()),
                new Caller("coordinator", Tokens.role("coordinator")),
                new Caller("coordinator", Tokens.role("coordinator")),
                new Caller("ministry", Tokens.role("ministry")),
                new Caller("admin", Tokens.role("admin")),
                new Caller("data protection officer", Tokens.role("data_protection_officer")),
                new Caller("integration", integration.token()),
                new Caller("anonymous", null),
                new Caller("expired token", Tokens.expired(mentor.keycloakUserId(), "mentor")),
                new Caller("forged token", Tokens.tampered(mentor.keycloakUserId(), "mentor")),
                new Caller("not a token", "abc.def.ghi"));
    }
}
