package de.amm.casedesk.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
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

    @Inject
    Records records;

    UUID project;
    Staff mentor;
    UUID mentee;
    UUID employer;
    final LocalDate start = LocalDate.of(2026, 1, 31);

    @BeforeEach
    void setUp() {
        project = fixtures.project();
        mentor = fixtures.staff(project, "mentor");
        mentee = records.mentee(project).create();
        employer = records.employer(project).create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(mentor.personId())
                .from(LocalDate.of(2025, 6, 1))
                .create();
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
        UUID placement = records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(start)
                .create();
        UUID followUp = fixtures.followUpsOf(placement).getFirst();
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("checkedOn", TestClock.today().plusDays(2).toString(), "result", "left"))
                .when()
                .put("/api/v1/follow-ups/{id}", followUp)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("checkedOn"));
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("checkedOn", TestClock.today().toString(), "result", "gone"))
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

    @Test
    void aFollowUpSayingLeftEndsThePlacementAndTheFiguresFollowAtOnce() {
        LocalDate started = TestClock.today().minusMonths(8);
        UUID placement = given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(placement("employment", started))
                .when()
                .post("/api/v1/placements")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getUUID("id");
        String from = started.withDayOfMonth(1).toString();
        String to = TestClock.today().toString();
        sustainablyIntegrated(from, to, 1);
        UUID threeMonths = fixtures.followUpsOf(placement).getFirst();
        LocalDate left = started.plusMonths(2);
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "checkedOn",
                        started.plusMonths(3).toString(),
                        "result",
                        "left",
                        "leftOn",
                        left.toString(),
                        "endReason",
                        "resigned"))
                .when()
                .put("/api/v1/follow-ups/{id}", threeMonths)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/placements/{id}", placement)
                .then()
                .statusCode(200)
                .body("endedOn", equalTo(left.toString()))
                .body("endReason", equalTo("resigned"))
                // the 6- and 12-month follow-ups were reminders for a job the person left: they go
                .body("followUps.months", equalTo(List.of(3)))
                .body("followUps.result", equalTo(List.of("left")));
        sustainablyIntegrated(from, to, 0);
    }

    @Test
    void leftWithoutADateEndsThePlacementOnTheDayOfTheCheckButNotLaterThanItEnded() {
        UUID running = records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(start)
                .create();
        LocalDate checked = start.plusMonths(3);
        recordLeft(fixtures.followUpsOf(running).getFirst(), Map.of("checkedOn", checked.toString(), "result", "left"))
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/placements/{id}", running)
                .then()
                .body("endedOn", equalTo(checked.toString()))
                .body("endReason", equalTo("other"));

        LocalDate ended = start.plusMonths(1);
        UUID endedEarlier = records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(start)
                .until(ended)
                .create();
        recordLeft(
                        fixtures.followUpsOf(endedEarlier).getFirst(),
                        Map.of("checkedOn", checked.toString(), "result", "left"))
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/placements/{id}", endedEarlier)
                .then()
                .body("endedOn", equalTo(ended.toString()));
    }

    @Test
    void aLeftDateMustFitTheResultAndThePlacement() {
        UUID placement = records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(start)
                .create();
        UUID followUp = fixtures.followUpsOf(placement).getFirst();
        String checked = start.plusMonths(3).toString();
        recordLeft(followUp, Map.of("checkedOn", checked, "result", "still_there", "leftOn", checked))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("leftOn"))
                .body("errors.code", hasItem("only_with"));
        recordLeft(followUp, Map.of("checkedOn", checked, "result", "not_reachable", "endReason", "resigned"))
                .statusCode(400)
                .body("errors.field", hasItem("endReason"));
        recordLeft(
                        followUp,
                        Map.of(
                                "checkedOn",
                                checked,
                                "result",
                                "left",
                                "leftOn",
                                start.minusDays(1).toString()))
                .statusCode(400)
                .body("errors.field", hasItem("leftOn"))
                .body("errors.code", hasItem("not_before"));
        recordLeft(
                        followUp,
                        Map.of(
                                "checkedOn",
                                checked,
                                "result",
                                "left",
                                "leftOn",
                                start.plusMonths(4).toString()))
                .statusCode(400)
                .body("errors.field", hasItem("checkedOn"));
        recordLeft(followUp, Map.of("checkedOn", checked, "result", "left", "endReason", "moved_away"))
                .statusCode(400)
                .body("errors.field", hasItem("endReason"));
        // nothing was half-written: the follow-up is still open and the placement still runs
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/placements/{id}", placement)
                .then()
                .body("endedOn", equalTo(null))
                .body("followUps.result", equalTo(java.util.Arrays.asList(null, null, null)));
    }

    io.restassured.response.ValidatableResponse recordLeft(UUID followUp, Map<String, String> body) {
        return given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/api/v1/follow-ups/{id}", followUp)
                .then();
    }

    void sustainablyIntegrated(String from, String to, int expected) {
        given().auth()
                .oauth2(de.amm.casedesk.testing.Tokens.role("coordinator"))
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParam("projectId", project)
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("menteesSustainablyIntegrated.total", equalTo(expected));
    }
}
