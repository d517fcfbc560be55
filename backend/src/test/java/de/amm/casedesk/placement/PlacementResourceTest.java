package de.amm.casedesk.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacementResourceTest {

    @Inject
    Fixtures fixtures;

    UUID project;
    Staff mentor;
    UUID mentee;
    UUID employer;
    final LocalDate start = LocalDate.of(2026, 1, 31);

    @BeforeEach
    void setUp() {
        project = fixtures.project();
        mentor = fixtures.staff(project, "mentor");
        mentee = fixtures.mentee(project);
        employer = fixtures.employer(project);
        fixtures.caseFile(project, mentee, mentor.personId(), LocalDate.of(2025, 6, 1), null);
    }

    Map<String, Object> placement(String type, LocalDate startedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("menteeId", mentee.toString());
        body.put("employerId", employer.toString());
        body.put("type", type);
        body.put("startedOn", startedOn.toString());
        body.put("weeklyHours", 39);
        body.put("occupation", "Pflegefachhelferin");
        return body;
    }

    @Test
    void aPlacementBringsItsFollowUpsAt3And6And12Months() {
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(placement("vocational_training", start))
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .body("counting", equalTo(true))
                .body("followUps", hasSize(3))
                .body("followUps.months", equalTo(List.of(3, 6, 12)))
                .body("followUps.dueOn", equalTo(List.of("2026-04-30", "2026-07-31", "2027-01-31")));
    }

    @Test
    void aMovedStartMovesTheOpenFollowUpsOnly() {
        String id = given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(placement("employment", start))
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String first = given().auth()
                .oauth2(mentor.token())
                .queryParam("placementId", id)
                .when()
                .get("/api/v1/follow-ups")
                .then()
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("checkedOn", "2026-05-02", "result", "still_there", "note", "alles gut"))
                .when()
                .put("/api/v1/follow-ups/{id}", first)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(placement("employment", start.plusMonths(1)))
                .when()
                .put("/api/v1/placements/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/placements/{id}", id)
                .then()
                .body("startedOn", equalTo("2026-02-28"))
                .body("followUps.dueOn", equalTo(List.of("2026-04-30", "2026-08-28", "2027-02-28")))
                .body("followUps.result", equalTo(java.util.Arrays.asList("still_there", null, null)));
    }

    @Test
    void marginalEmploymentIsRecordedButDoesNotCount() {
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(placement("marginal_employment", start))
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .body("counting", equalTo(false));
    }

    @Test
    void selfEmploymentNeedsNoEmployerButEverythingElseDoes() {
        Map<String, Object> body = placement("self_employment", start);
        body.remove("employerId");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .body("employer", equalTo(null));
        body.put("type", "employment");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("employerId"));
    }

    @Test
    void datesAndEndReasonGoTogether() {
        Map<String, Object> body = placement("employment", start);
        body.put("endedOn", start.minusDays(1).toString());
        body.put("endReason", "resigned");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("endedOn"));
        body.put("endedOn", start.plusMonths(2).toString());
        body.remove("endReason");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("endReason"));
        body.put("weeklyHours", 80);
        body.put("type", "gig");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("type"));
        body.put("type", "employment");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("weeklyHours"));
    }

    @Test
    void aFollowUpResultNeedsADateNotInTheFuture() {
        UUID placement = fixtures.placement(project, mentee, employer, "employment", start);
        UUID followUp = fixtures.followUpsOf(placement).getFirst();
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("checkedOn", LocalDate.now().plusDays(2).toString(), "result", "left"))
                .when()
                .put("/api/v1/follow-ups/{id}", followUp)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("checkedOn"));
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("checkedOn", LocalDate.now().toString(), "result", "gone"))
                .when()
                .put("/api/v1/follow-ups/{id}", followUp)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("result"));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("open", "true")
                .queryParam("dueBefore", "2026-05-01")
                .when()
                .get("/api/v1/follow-ups")
                .then()
                .body("total", equalTo(1))
                .body("items[0].overdue", equalTo(true));
    }
}
