package de.amm.casedesk.employer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Enquiries from one address are limited: past the budget, 429 with Retry-After, and nothing is kept. */
@QuarkusTest
@TestProfile(EnquiryRateLimitTest.TwoPerHour.class)
class EnquiryRateLimitTest {

    public static class TwoPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("amm.enquiry.rate-limit.burst", "2", "amm.enquiry.rate-limit.per-hour", "2");
        }
    }

    @Inject
    Fixtures fixtures;

    @AfterEach
    void backToTheSuitesMoment() {
        TestClock.reset();
    }

    @Test
    void theThirdEnquiryFromOneAddressWithinTheHourIsRefused() {
        UUID project = fixtures.project("14511");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .body(EnquiryResourceTest.enquiry(EnquiryResourceTest.formToken(10), "Firma " + i, project))
                    .when()
                    .post("/api/v1/public/employer-enquiries")
                    .then()
                    .statusCode(202);
        }
        String company = "Zu viel " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(EnquiryResourceTest.enquiry(EnquiryResourceTest.formToken(10), company, project))
                .when()
                .post("/api/v1/public/employer-enquiries")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        given().when().get("/api/v1/public/services").then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(fixtures.count("employer_enquiry", "company = ?1", company))
                .isEqualTo(0L);
        given().when()
                .get("/api/v1/public/employer-enquiries/form")
                .then()
                .statusCode(200)
                .body("validSeconds", equalTo(7200));
    }
}
