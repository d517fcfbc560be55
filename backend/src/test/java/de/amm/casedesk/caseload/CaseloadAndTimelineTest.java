package de.amm.casedesk.caseload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseloadAndTimelineTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Test
    void theCaseloadShowsMyOpenCasesMostUrgentFirst() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        Staff colleague = fixtures.staff(project, "mentor");
        LocalDate today = TestClock.today();
        UUID calm =
                records.mentee(project).named("Carla", "Calm").gender("female").create();
        UUID urgent =
                records.mentee(project).named("Uwe", "Urgent").gender("male").create();
        UUID notMine =
                records.mentee(project).named("Nora", "Other").gender("female").create();
        UUID closed =
                records.mentee(project).named("Cleo", "Closed").gender("female").create();
        records.caseOf(calm)
                .in(project)
                .ledBy(mentor.personId())
                .from(today.minusMonths(1))
                .create();
        records.caseOf(urgent)
                .in(project)
                .ledBy(mentor.personId())
                .from(today.minusMonths(8))
                .create();
        records.caseOf(notMine)
                .in(project)
                .ledBy(colleague.personId())
                .from(today.minusMonths(1))
                .create();
        records.caseOf(closed)
                .in(project)
                .ledBy(mentor.personId())
                .from(today.minusYears(2))
                .until(today.minusYears(1))
                .create();
        records.activity(project).with(calm).on(today.minusDays(2)).create();
        UUID employer = records.employer(project).create();
        records.placementOf(urgent)
                .in(project)
                .at(employer)
                .type("employment")
                .from(today.minusMonths(4))
                .create();

        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.menteeName", equalTo(List.of("Uwe Urgent", "Carla Calm")))
                // three months after the placement started, clamped to the month's end
                .body(
                        "items[0].nextFollowUpDueOn",
                        equalTo(today.minusMonths(4).plusMonths(3).toString()))
                .body("items[0].followUpOverdue", equalTo(true))
                .body("items[0].activityOverdue", equalTo(true))
                .body("items[0].role", equalTo("lead"))
                .body("items[1].lastActivityOn", equalTo(today.minusDays(2).toString()))
                .body("items[1].activityOverdue", equalTo(false))
                .body("items[1].followUpOverdue", equalTo(false));
        assertThat(fixtures.auditAbout(urgent)).contains("read");
    }

    @Test
    void aClosedCaseStaysInTheCaseloadUntilItsFollowUpsAreDone() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        LocalDate today = TestClock.today();
        UUID placed =
                records.mentee(project).named("Pia", "Placed").gender("female").create();
        records.caseOf(placed)
                .in(project)
                .ledBy(mentor.personId())
                .from(today.minusYears(2))
                .until(today.minusYears(1))
                .create();
        LocalDate closed = today.minusMonths(1);
        records.caseOf(placed)
                .in(project)
                .ledBy(mentor.personId())
                .from(today.minusMonths(6))
                .until(closed)
                .create();
        UUID placement = records.placementOf(placed)
                .in(project)
                .at(records.employer(project).create())
                .type("employment")
                .from(today.minusMonths(4))
                .create();

        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("total", equalTo(1)) // the latest case only, not both closed ones
                .body("items[0].menteeName", equalTo("Pia Placed"))
                .body("items[0].closedOn", equalTo(closed.toString()))
                .body(
                        "items[0].nextFollowUpDueOn",
                        equalTo(today.minusMonths(4).plusMonths(3).toString()))
                .body("items[0].followUpOverdue", equalTo(true))
                .body("items[0].activityOverdue", equalTo(false));

        for (UUID followUp : fixtures.followUpsOf(placement)) {
            given().auth()
                    .oauth2(mentor.token())
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(java.util.Map.of("checkedOn", today.toString(), "result", "not_reachable"))
                    .when()
                    .put("/api/v1/follow-ups/{id}", followUp)
                    .then()
                    .statusCode(204);
        }
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void theTimelineHoldsEverythingAboutTheMentee() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        UUID employer = records.employer(project).create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(mentor.personId())
                .from(TestClock.today().minusYears(1))
                .create();
        records.activity(project)
                .with(mentee)
                .withEmployer(employer)
                .on(TestClock.today().minusDays(5))
                .create();
        records.activity(project)
                .with(mentee)
                .on(TestClock.today().minusDays(1))
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(TestClock.today().minusMonths(2))
                .create();
        records.referralOf(mentee).in(project).create();

        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/mentees/{id}/timeline", mentee)
                .then()
                .statusCode(200)
                .body("cases", hasSize(1))
                .body("activities", hasSize(2))
                .body(
                        "activities[0].occurredOn",
                        equalTo(TestClock.today().minusDays(1).toString()))
                .body("moreActivities", equalTo(false))
                .body("placements[0].followUps", hasSize(3))
                .body("referrals[0].note", equalTo("private note"));
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .when()
                .get("/api/v1/mentees/{id}/timeline", mentee)
                .then()
                .statusCode(200)
                .body("activities[0].note", nullValue())
                .body("referrals[0].note", nullValue());
        given().auth()
                .oauth2(fixtures.staff(fixtures.project(), "mentor").token())
                .when()
                .get("/api/v1/mentees/{id}/timeline", mentee)
                .then()
                .statusCode(404);
        // two reads of the mentee, and the stranger's refused attempt
        assertThat(fixtures.auditOf(mentee)).containsExactly("read", "read", "refused");
    }
}
