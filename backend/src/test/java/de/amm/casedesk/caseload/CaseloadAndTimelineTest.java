package de.amm.casedesk.caseload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
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

    @Test
    void theCaseloadShowsMyOpenCasesMostUrgentFirst() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        Staff colleague = fixtures.staff(project, "mentor");
        LocalDate today = LocalDate.now();
        UUID calm = fixtures.mentee(project, "Carla", "Calm", "female", "14713");
        UUID urgent = fixtures.mentee(project, "Uwe", "Urgent", "male", "14713");
        UUID notMine = fixtures.mentee(project, "Nora", "Other", "female", "14713");
        UUID closed = fixtures.mentee(project, "Cleo", "Closed", "female", "14713");
        fixtures.caseFile(project, calm, mentor.personId(), today.minusMonths(1), null);
        fixtures.caseFile(project, urgent, mentor.personId(), today.minusMonths(8), null);
        fixtures.caseFile(project, notMine, colleague.personId(), today.minusMonths(1), null);
        fixtures.caseFile(project, closed, mentor.personId(), today.minusYears(2), today.minusYears(1));
        fixtures.activity(project, calm, null, today.minusDays(2));
        UUID employer = fixtures.employer(project);
        fixtures.placement(project, urgent, employer, "employment", today.minusMonths(4));

        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.menteeName", equalTo(List.of("Uwe Urgent", "Carla Calm")))
                .body("items[0].nextFollowUpDueOn", equalTo(today.minusMonths(1).toString()))
                .body("items[0].followUpOverdue", equalTo(true))
                .body("items[0].contactOverdue", equalTo(true))
                .body("items[0].role", equalTo("lead"))
                .body("items[1].lastContactOn", equalTo(today.minusDays(2).toString()))
                .body("items[1].contactOverdue", equalTo(false))
                .body("items[1].followUpOverdue", equalTo(false));
        assertThat(fixtures.auditOf(urgent)).contains("read");
    }

    @Test
    void theTimelineHoldsEverythingAboutTheMentee() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = fixtures.mentee(project);
        UUID employer = fixtures.employer(project);
        fixtures.caseFile(project, mentee, mentor.personId(), LocalDate.now().minusYears(1), null);
        fixtures.activity(project, mentee, employer, LocalDate.now().minusDays(5));
        fixtures.activity(project, mentee, null, LocalDate.now().minusDays(1));
        fixtures.placement(
                project, mentee, employer, "employment", LocalDate.now().minusMonths(2));
        fixtures.referral(project, mentee);

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
                        equalTo(LocalDate.now().minusDays(1).toString()))
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
        assertThat(fixtures.auditOf(mentee)).containsExactly("read", "read");
    }
}
