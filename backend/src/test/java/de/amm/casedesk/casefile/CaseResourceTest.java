package de.amm.casedesk.casefile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

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
class CaseResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID project;
    Staff mentor;
    UUID mentee;

    @BeforeEach
    void setUp() {
        project = fixtures.project();
        mentor = fixtures.staff(project, "mentor");
        mentee = records.mentee(project).create();
    }

    Map<String, Object> newCase(LocalDate startedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("menteeId", mentee.toString());
        body.put("startedOn", startedOn.toString());
        return body;
    }

    String open(Map<String, Object> body) {
        return given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void mentorOpensACaseAndLeadsIt() {
        Staff helper = fixtures.staff(project, "mentor");
        Map<String, Object> body = newCase(TestClock.today().minusDays(10));
        body.put("assistantIds", List.of(helper.personId().toString()));
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(201)
                .body("projectId", equalTo(project.toString()))
                .body("leadMentor.id", equalTo(mentor.personId().toString()))
                .body("assistants[0].id", equalTo(helper.personId().toString()))
                .body("status", equalTo("open"))
                .body("menteePseudonym", org.hamcrest.Matchers.startsWith("TN-"));
    }

    @Test
    void aMenteeHasAtMostOneOpenCaseInAProject() {
        open(newCase(TestClock.today().minusDays(10)));
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(newCase(TestClock.today()))
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void closingNeedsAReasonAndAnEndAfterTheStart() {
        String id = open(newCase(TestClock.today().minusMonths(3)));
        Map<String, Object> change = new HashMap<>();
        change.put("leadMentorId", mentor.personId().toString());
        change.put("startedOn", TestClock.today().minusMonths(3).toString());
        change.put("endedOn", TestClock.today().toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(change)
                .when()
                .put("/api/v1/cases/{id}", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("closingReason"));
        change.put("endedOn", TestClock.today().minusMonths(4).toString());
        change.put("closingReason", "moved_away");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(change)
                .when()
                .put("/api/v1/cases/{id}", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("endedOn"));
        change.put("endedOn", TestClock.today().plusDays(1).toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(change)
                .when()
                .put("/api/v1/cases/{id}", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("endedOn"));
        change.put("endedOn", TestClock.today().toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(change)
                .when()
                .put("/api/v1/cases/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/cases/{id}", id)
                .then()
                .body("status", equalTo("closed"))
                .body("closingReason", equalTo("moved_away"));
    }

    @Test
    void aReturningMenteeGetsANewCaseThatMustNotOverlap() {
        records.caseOf(mentee)
                .in(project)
                .ledBy(mentor.personId())
                .from(TestClock.today().minusYears(2))
                .until(TestClock.today().minusYears(1))
                .create();
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(newCase(TestClock.today().minusYears(1).minusMonths(1)))
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(409);
        open(newCase(TestClock.today().minusMonths(1)));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("menteeId", mentee)
                .when()
                .get("/api/v1/cases")
                .then()
                .body("total", equalTo(2))
                .body("items.status", equalTo(List.of("open", "closed")));
    }

    @Test
    void theLeadMentorWorksInTheProject() {
        Staff stranger = fixtures.staff(fixtures.project(), "mentor");
        Map<String, Object> body = newCase(TestClock.today());
        body.put("leadMentorId", stranger.personId().toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("leadMentorId"));
    }

    @Test
    void badInputIsNamed() {
        Map<String, Object> body = new HashMap<>();
        body.put("startedOn", "gestern");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("startedOn"));
        body.put("startedOn", TestClock.today().plusDays(3).toString());
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("menteeId", "startedOn"));
        body.put("menteeId", "not-a-uuid");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("menteeId"));
    }

    @Test
    void aMentorOfTwoProjectsOpensACaseForTheMenteeInTheOther() {
        UUID second = fixtures.project();
        fixtures.alsoWorksIn(mentor, second, "mentor");
        Staff secondsMentor = fixtures.staff(second, "mentor");
        given().auth()
                .oauth2(secondsMentor.token())
                .when()
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(404);
        Map<String, Object> body = newCase(TestClock.today());
        body.put("projectId", second.toString());
        open(body);
        given().auth()
                .oauth2(secondsMentor.token())
                .when()
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200)
                .body("projectIds", hasItems(project.toString(), second.toString()));
    }
}
