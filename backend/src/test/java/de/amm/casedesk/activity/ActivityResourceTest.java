package de.amm.casedesk.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
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
class ActivityResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID project;
    Staff mentor;
    UUID mentee;
    UUID employer;

    @BeforeEach
    void setUp() {
        project = fixtures.project();
        mentor = fixtures.staff(project, "mentor");
        mentee = records.mentee(project).create();
        employer = records.employer(project).create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(mentor.personId())
                .from(TestClock.today().minusMonths(2))
                .create();
    }

    Map<String, Object> contact() {
        Map<String, Object> body = new HashMap<>();
        body.put("menteeId", mentee.toString());
        body.put("employerId", employer.toString());
        body.put("occurredOn", TestClock.today().minusDays(1).toString());
        body.put("durationMinutes", 45);
        body.put("channel", "in_person");
        body.put("topics", List.of("job_search", "applications"));
        body.put("note", "Vorstellungsgespräch vorbereitet");
        return body;
    }

    @Test
    void mentorLogsAContactWithMenteeAndEmployer() {
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(contact())
                .when()
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .body("mentor.id", equalTo(mentor.personId().toString()))
                .body("employer.id", equalTo(employer.toString()))
                .body("topics", equalTo(List.of("job_search", "applications")))
                .body("outsideCaseSpan", equalTo(false));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("menteeId", mentee)
                .when()
                .get("/api/v1/activities")
                .then()
                .body("total", equalTo(1))
                .body("items[0].note", equalTo("Vorstellungsgespräch vorbereitet"));
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .queryParam("menteeId", mentee)
                .when()
                .get("/api/v1/activities")
                .then()
                .body("total", equalTo(1))
                .body("items[0].note", nullValue());
    }

    @Test
    void aContactBeforeTheCaseIsAllowedButFlagged() {
        Map<String, Object> body = contact();
        body.put("occurredOn", TestClock.today().minusMonths(3).toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .body("outsideCaseSpan", equalTo(true));
    }

    @Test
    void aContactWithOnlyAnAuthorityIsFine() {
        Map<String, Object> body = contact();
        body.remove("menteeId");
        body.remove("employerId");
        body.put("authority", "Ausländerbehörde Leipzig");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .body("authority", equalTo("Ausländerbehörde Leipzig"));
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("occurredOn", TestClock.today().plusDays(1).toString(), "occurredOn"),
                Arguments.of("occurredOn", null, "occurredOn"),
                Arguments.of("durationMinutes", 0, "durationMinutes"),
                Arguments.of("durationMinutes", 2000, "durationMinutes"),
                Arguments.of("durationMinutes", "lang", "durationMinutes"),
                Arguments.of("channel", "pigeon", "channel"),
                Arguments.of("topics", List.of("weather"), "topics[0]"),
                Arguments.of("note", "x".repeat(4001), "note"),
                Arguments.of("authority", "x".repeat(201), "authority"),
                Arguments.of("menteeId", "123", "menteeId"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void badInputIsRefusedNamingTheField(String field, Object value, String expected) {
        Map<String, Object> body = contact();
        body.put(field, value);
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(expected));
        assertThat(fixtures.count("activity", "project_id = ?1", project)).isZero();
    }

    @Test
    void aContactIsWithSomebody() {
        Map<String, Object> body = contact();
        body.remove("menteeId");
        body.remove("employerId");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("menteeId"));
    }

    @Test
    void anEmployerOfAnotherProjectIsRefused() {
        Map<String, Object> body = contact();
        body.put("employerId", records.employer(fixtures.project()).create().toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("employerId"));
    }

    @Test
    void aMenteeOfAnotherProjectIsNotFound() {
        Map<String, Object> body = contact();
        body.put("menteeId", records.mentee(fixtures.project()).create().toString());
        body.remove("employerId");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/activities")
                .then()
                .statusCode(404);
    }
}
