package de.amm.casedesk.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every answer says about caching and sniffing, and what a caller sees when no connection is free. */
@QuarkusTest
class EdgeHeadersAndOverloadTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource pool;

    @Test
    void personalDataIsNeverCachedAndNothingIsSniffed() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/mentees").then().statusCode(401).header("Cache-Control", "no-store");
        // the public figures are cacheable on purpose
        given().get("/api/v1/public/key-results")
                .then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"));
    }

    @Test
    void noFreeConnectionIs503WithRetryAfter() throws Exception {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        List<Connection> held = new ArrayList<>();
        try {
            int size = pool.getConfiguration().connectionPoolConfiguration().maxSize();
            for (int i = 0; i < size; i++) {
                held.add(pool.getConnection());
            }
            given().auth()
                    .oauth2(mentor.token())
                    .get("/api/v1/mentees")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("https://amm-casedesk.example/problems/service-unavailable"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().auth().oauth2(mentor.token()).get("/api/v1/mentees").then().statusCode(200);
        assertThat(held).isNotEmpty();
    }
}
