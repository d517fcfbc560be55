package de.amm.casedesk.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted proxy (here the test's own loopback address plays nginx), each visitor has the budget of their
 * own address, taken from X-Forwarded-For, for the API's limit and for employers' enquiries.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindAProxy.class)
class TrustedProxyTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "amm.http.trusted-proxies", "127.0.0.0/8,::1",
                    "amm.rate-limit.per-address.burst", "5",
                    "amm.rate-limit.per-address.per-second", "1",
                    "amm.enquiry.rate-limit.burst", "2",
                    "amm.enquiry.rate-limit.per-hour", "2");
        }
    }

    @Inject
    Fixtures fixtures;

    @AfterEach
    void backToTheSuitesMoment() {
        TestClock.reset();
    }

    /**
     * Requests at once (a pool of threads), so that they land within a second or two even on a busy machine: one
     * after another they may take longer than the budget takes to refill.
     */
    static List<Integer> atOnce(int count, java.util.function.IntFunction<String> forwardedFor) {
        return answersAtOnce(count, forwardedFor).stream()
                .map(io.restassured.response.Response::statusCode)
                .toList();
    }

    static List<io.restassured.response.Response> answersAtOnce(
            int count, java.util.function.IntFunction<String> forwardedFor) {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(count, 16));
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String header = forwardedFor.apply(i);
                answers.add(pool.submit(() -> (header == null ? given() : given().header("X-Forwarded-For", header))
                        .get("/api/v1/districts")));
            }
            List<io.restassured.response.Response> responses = new ArrayList<>();
            for (var answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static List<Integer> statuses(int count, String forwardedFor) {
        return atOnce(count, i -> forwardedFor);
    }

    private static String someAddress() {
        return "198.51.100." + (1 + (int) (Math.random() * 250)) + "," + " 203.0.113."
                + (1 + (int) (Math.random() * 250));
    }

    @Test
    void visitorsBehindTheProxyEachHaveTheirOwnBudget() {
        String first = "203.0.113.10";
        String second = "203.0.113.11";
        List<io.restassured.response.Response> firstVisitor = answersAtOnce(30, i -> first);
        assertThat(firstVisitor.stream().map(r -> r.statusCode())).contains(200, 429);
        var refused = firstVisitor.stream()
                .filter(r -> r.statusCode() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        // the first visitor's spent budget is not the second's, nor the proxy's own
        assertThat(statuses(4, second)).containsOnly(200);
        assertThat(given().get("/api/v1/districts").statusCode()).isEqualTo(200);
    }

    @Test
    void whatAVisitorWritesIntoTheHeaderItselfDoesNotGiveThemANewBudget() {
        // nginx appends the address it saw: the part before it is the visitor's own and changes nothing
        String visitor = "203.0.113.20";
        assertThat(atOnce(30, i -> "10.9.8." + i + ", " + visitor)).contains(429);
    }

    @Test
    void enquiriesAreCountedPerVisitorBehindTheProxy() {
        UUID project = fixtures.project("14511");
        String visitor = "203.0.113.30";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(enquire(visitor, project, "Firma " + UUID.randomUUID()));
        }
        assertThat(statuses).containsExactly(202, 202, 429);
        String company = "Nebenan " + UUID.randomUUID();
        assertThat(enquire("203.0.113.31", project, company)).isEqualTo(202);
        assertThat(fixtures.count("employer_enquiry", "company = ?1", company)).isEqualTo(1L);
    }

    private int enquire(String visitor, UUID project, String company) {
        String token = given().header("X-Forwarded-For", someAddress())
                .get("/api/v1/public/employer-enquiries/form")
                .then()
                .statusCode(200)
                .extract()
                .path("formToken");
        TestClock.set(TestClock.pinnedLocal().plusSeconds(10));
        Map<String, Object> body = new HashMap<>();
        body.put("formToken", token);
        body.put("company", company);
        body.put("contactName", "Maria Beispiel");
        body.put("email", "personal@muster.example");
        body.put("postalCode", "09111");
        body.put("projectId", project.toString());
        body.put("message", "Wir suchen zwei Lagerfachkräfte.");
        body.put("consent", true);
        return given().header("X-Forwarded-For", visitor)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/public/employer-enquiries")
                .statusCode();
    }
}
