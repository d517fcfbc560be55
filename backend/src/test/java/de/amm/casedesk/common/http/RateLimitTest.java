package de.amm.casedesk.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Callers take turns: past a burst, a signed-in user and an anonymous address get 429 with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "amm.rate-limit.per-user.burst", "10",
                    "amm.rate-limit.per-user.per-second", "1",
                    "amm.rate-limit.per-address.burst", "5",
                    "amm.rate-limit.per-address.per-second", "1");
        }
    }

    private static List<Integer> statuses(int count, String token, String path) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var request = token == null ? given() : given().auth().oauth2(token);
            statuses.add(request.get(path).statusCode());
        }
        return statuses;
    }

    /**
     * Asks until refused (at most 50 times; every answer before the refusal is 200) and returns the refusal. The
     * budget refills while the requests are made (one a second here): on a slow machine the refusal comes a few
     * requests later, never not at all.
     */
    private static Response firstRefusal(String token, String path) {
        for (int i = 0; i < 50; i++) {
            var request = token == null ? given() : given().auth().oauth2(token);
            Response response = request.get(path);
            if (response.statusCode() == 429) {
                return response;
            }
            assertThat(response.statusCode()).isEqualTo(200);
        }
        throw new AssertionError("not refused within 50 requests to " + path);
    }

    @Test
    void aUserPastTheBurstWaits() {
        String coordinator = Tokens.role("coordinator");
        assertThat(statuses(10, coordinator, "/api/v1/projects")).containsOnly(200);
        Response refused = firstRefusal(coordinator, "/api/v1/projects");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        // another user has a budget of their own
        assertThat(statuses(3, Tokens.role("coordinator"), "/api/v1/projects")).containsOnly(200);
    }

    @Test
    void withoutATrustedProxyAForgedForwardedForGivesNoNewBudget() {
        // no proxy is configured (the default): the connection's address counts, whatever the header says
        assertThat(TrustedProxyTest.atOnce(30, i -> "198.51.100." + (i + 1))).contains(429);
    }

    @Test
    void anAnonymousAddressPastTheBurstWaits() throws InterruptedException {
        // the address (this machine's) may have spent its burst in another test of this class already: ask until
        // it is refused, then wait as long as it was told, and it is served again
        Response refused = firstRefusal(null, "/api/v1/districts");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        Thread.sleep(retryAfter * 1000L);
        assertThat(given().get("/api/v1/districts").statusCode()).isEqualTo(200);
    }
}
