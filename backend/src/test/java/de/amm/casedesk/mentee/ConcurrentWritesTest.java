package de.amm.casedesk.mentee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two mentors at the same moment: one write wins, the other is told, nothing is lost or doubled. */
@QuarkusTest
class ConcurrentWritesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    private static List<Integer> together(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        return statuses;
    }

    @Test
    void simultaneousUpdatesOfOneVersionLetExactlyOneThrough() throws Exception {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        List<Integer> statuses = together(
                6,
                () -> given().auth()
                        .oauth2(mentor.token())
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of(
                                "firstName", "Amina", "lastName", "Haddad " + UUID.randomUUID(), "gender", "female"))
                        .when()
                        .put("/api/v1/mentees/{id}", mentee)
                        .statusCode());
        assertThat(statuses).containsOnlyOnce(204);
        assertThat(statuses).allMatch(status -> status == 204 || status == 409 || status == 412);
        assertThat(fixtures.count("mentee", "id = ?1 and version = 1", mentee)).isEqualTo(1);
    }

    @Test
    void simultaneousRetriesWithOneKeyCreateOneRecord() throws Exception {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        String key = UUID.randomUUID().toString();
        List<Integer> statuses = together(
                5,
                () -> given().auth()
                        .oauth2(mentor.token())
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(Map.of(
                                "firstName",
                                "Karim",
                                "lastName",
                                "Nasser",
                                "gender",
                                "male",
                                "consent",
                                Map.of(
                                        "scopes",
                                        List.of("counselling"),
                                        "textVersion",
                                        "2026-01",
                                        "givenOn",
                                        "2026-11-01")))
                        .when()
                        .post("/api/v1/mentees")
                        .statusCode());
        assertThat(statuses).containsOnly(201);
        assertThat(fixtures.count("mentee", "project_id = ?1", project)).isEqualTo(1);
    }
}
