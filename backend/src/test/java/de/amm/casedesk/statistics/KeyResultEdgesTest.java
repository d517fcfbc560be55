package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each edge of the key-result definitions, on a hand-built dataset, for the period of Q1 2024. */
@QuarkusTest
class KeyResultEdgesTest {

    static final String FROM = "2024-01-01";
    static final String TO = "2024-03-31";

    @Inject
    StatisticsData data;

    @Inject
    Fixtures fixtures;

    UUID project;
    UUID lead;
    UUID employer;
    String coordinator = Tokens.role("coordinator");

    @BeforeEach
    void setUp() {
        data.empty();
        project = fixtures.project();
        lead = fixtures.staff(project, "mentor").personId();
        employer = data.employer(project, "14713");
    }

    @Test
    void projectsAndActiveMentorsAreCountedOnTheLastDay() {
        fixtures.staff(project, "project_lead");
        UUID other = fixtures.project();
        var both = fixtures.staff(other, "mentor");
        fixtures.alsoWorksIn(both, project, "mentor");
        String today = LocalDate.now().toString();
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", FROM)
                .queryParam("to", today)
                .queryParam("projectId", project)
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("projects", equalTo(1))
                .body("activeMentors", equalTo(3));
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", FROM)
                .queryParam("to", today)
                .queryParam("projectId", project)
                .queryParam("projectId", other)
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("projects", equalTo(2))
                .body("activeMentors", equalTo(3));
        // the memberships began a year ago: on the last day of Q1 2024 nobody was active yet
        keyResults("projectId", project).body("projects", equalTo(0)).body("activeMentors", equalTo(0));
    }

    ValidatableResponse keyResults(Object... query) {
        var request =
                given().auth().oauth2(coordinator).queryParam("from", FROM).queryParam("to", TO);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/statistics/key-results").then().statusCode(200);
    }

    @Test
    void aCaseOverlappingTheFirstDayCounts() {
        data.caseFile(project, data.mentee(project, "male"), lead, "2023-06-01", "2024-01-01");
        keyResults().body("menteesSupported.total", equalTo(1));
    }

    @Test
    void aCaseStartingOnTheLastDayCounts() {
        data.caseFile(project, data.mentee(project, "male"), lead, "2024-03-31", null);
        keyResults().body("menteesSupported.total", equalTo(1));
    }

    @Test
    void aCaseEndingTheDayBeforeThePeriodDoesNotCount() {
        data.caseFile(project, data.mentee(project, "male"), lead, "2023-01-01", "2023-12-31");
        keyResults().body("menteesSupported.total", equalTo(0));
    }

    @Test
    void recordsDatedAfterTheLastDayDoNotCount() {
        UUID mentee = data.mentee(project, "female");
        data.caseFile(project, mentee, lead, "2024-04-01", null);
        data.placement(project, mentee, employer, "employment", "2024-04-02", null);
        data.contact(project, null, employer, "2024-04-03");
        keyResults()
                .body("menteesSupported.total", equalTo(0))
                .body("menteesPlaced.total", equalTo(0))
                .body("employersSupported.total", equalTo(0));
    }

    @Test
    void aMenteeReturningWithASecondCaseCountsOnce() {
        UUID mentee = data.mentee(project, "female");
        data.caseFile(project, mentee, lead, "2023-10-01", "2024-01-31");
        data.caseFile(project, mentee, lead, "2024-03-01", null);
        keyResults().body("menteesSupported.total", equalTo(1)).body("menteesSupported.female", equalTo(1));
    }

    @Test
    void aMenteeWhosePreviousCaseEndsOnTheFirstDayCountsOnce() {
        UUID mentee = data.mentee(project, "male");
        UUID second = fixtures.project();
        data.caseFile(project, mentee, lead, "2023-06-01", FROM);
        data.caseFile(second, mentee, fixtures.staff(second, "mentor").personId(), "2024-02-01", null);
        keyResults().body("menteesSupported.total", equalTo(1));
    }

    @Test
    void aPlacementEndingOneDayBeforeItsSixMonthMarkIsNotSustainable() {
        UUID mentee = data.mentee(project, "male");
        data.placement(project, mentee, employer, "employment", "2023-07-15", "2024-01-14");
        keyResults().body("menteesSustainablyIntegrated.total", equalTo(0));
    }

    @Test
    void aPlacementEndingOnItsSixMonthMarkIsSustainable() {
        UUID mentee = data.mentee(project, "male");
        data.placement(project, mentee, employer, "employment", "2023-07-15", "2024-01-15");
        keyResults().body("menteesSustainablyIntegrated.total", equalTo(1)).body("menteesPlaced.total", equalTo(0));
    }

    @Test
    void theSixMonthMarkFollowsTheCalendar() {
        // 31 August + 6 months = 29 February in a leap year
        data.placement(project, data.mentee(project, "female"), employer, "vocational_training", "2023-08-31", null);
        keyResults("from", "2024-02-29", "to", "2024-02-29").body("menteesSustainablyIntegrated.total", equalTo(1));
    }

    @Test
    void aMenteeWithTwoCountingPlacementsCountsOnce() {
        UUID mentee = data.mentee(project, "female");
        data.placement(project, mentee, employer, "employment", "2024-01-10", "2024-02-01");
        data.placement(project, mentee, employer, "vocational_training", "2024-02-15", null);
        keyResults().body("menteesPlaced.total", equalTo(1)).body("menteesPlaced.female", equalTo(1));
    }

    @Test
    void twoPlacementsTheFirstOnTheFirstDayCountOnce() {
        UUID mentee = data.mentee(project, "male");
        data.placement(project, mentee, employer, "employment", FROM, "2024-01-20");
        data.placement(project, mentee, employer, "self_employment", "2024-02-01", null);
        keyResults().body("menteesPlaced.total", equalTo(1));
    }

    @Test
    void twoSustainablePlacementsTheFirstMarkOnTheFirstDayCountOnce() {
        UUID mentee = data.mentee(project, "male");
        data.placement(project, mentee, employer, "employment", "2023-07-01", null);
        data.placement(project, mentee, employer, "vocational_training", "2023-08-15", null);
        keyResults().body("menteesSustainablyIntegrated.total", equalTo(1));
    }

    @Test
    void nonCountingPlacementTypesAreNotPlacements() {
        for (String type : List.of("marginal_employment", "entry_qualification", "internship")) {
            data.placement(project, data.mentee(project, "male"), employer, type, "2024-02-01", null);
            data.placement(project, data.mentee(project, "male"), employer, type, "2023-08-01", null);
        }
        keyResults().body("menteesPlaced.total", equalTo(0)).body("menteesSustainablyIntegrated.total", equalTo(0));
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParam("dimension", "placementType")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .body("rows.key", equalTo(List.of("entry_qualification", "internship", "marginal_employment")))
                .body("rows.placements.total", equalTo(List.of(1, 1, 1)));
    }

    @Test
    void diverseAndNotStatedAreNotFemaleButCountInTheShare() {
        for (String gender : List.of("female", "male", "diverse", "not_stated")) {
            data.caseFile(project, data.mentee(project, gender), lead, "2024-01-15", null);
        }
        keyResults()
                .body("menteesSupported.total", equalTo(4))
                .body("menteesSupported.female", equalTo(1))
                .body("menteesSupported.femaleShare", equalTo(0.25f));
    }

    @Test
    void aMenteeInTwoProjectsCountsOnceOverallAndOnceInEachProject() {
        UUID second = fixtures.project();
        UUID secondLead = fixtures.staff(second, "mentor").personId();
        UUID mentee = data.mentee(project, "female");
        data.caseFile(project, mentee, lead, "2023-11-01", null);
        data.caseFile(second, mentee, secondLead, "2024-02-01", null);
        keyResults().body("menteesSupported.total", equalTo(1));
        keyResults("projectId", project).body("menteesSupported.total", equalTo(1));
        keyResults("projectId", second).body("menteesSupported.total", equalTo(1));
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParam("projectId", project)
                .queryParam("projectId", second)
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("menteesSupported.total", equalTo(1));
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParam("dimension", "project")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .body("rows.menteesSupported.total", equalTo(List.of(1, 1)))
                .body("total.menteesSupported.total", equalTo(1));
    }

    @Test
    void anEmployerCountsOnceForManyContactsAndNotForContactsBefore() {
        data.contact(project, null, employer, "2024-01-05");
        data.contact(project, null, employer, "2024-02-05");
        data.contact(project, null, employer, "2024-02-05");
        UUID earlier = data.employer(project, "14713");
        data.contact(project, null, earlier, "2023-12-31");
        keyResults().body("employersSupported.total", equalTo(1));
    }

    @Test
    void targetGroupsAndDistrictsFilterMentees() {
        data.caseFile(project, data.mentee(project, "female", "14713", "none", 1995), lead, "2024-01-02", null);
        data.caseFile(
                project, data.mentee(project, "female", "14612", "german_vocational", 1980), lead, "2024-01-02", null);
        data.caseFile(project, data.mentee(project, "male", "14612", "none", 2000), lead, "2024-01-02", null);
        keyResults("targetGroup", "women").body("menteesSupported.total", equalTo(2));
        keyResults("targetGroup", "withoutQualification").body("menteesSupported.total", equalTo(2));
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParam("targetGroup", "women")
                .queryParam("targetGroup", "withoutQualification")
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .body("menteesSupported.total", equalTo(1));
        keyResults("district", "14612").body("menteesSupported.total", equalTo(2));
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParam("phase", "phase3")
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("phase"));
        keyResults("phase", "phase2").body("period.from", equalTo("2024-01-01"));
    }

    @Test
    void quartersCountEachMenteeOncePerQuarterTheyWereSupportedIn() {
        UUID longCase = data.mentee(project, "female");
        data.caseFile(project, longCase, lead, "2023-12-01", "2024-05-15");
        UUID twoCases = data.mentee(project, "male");
        data.caseFile(project, twoCases, lead, "2024-01-10", "2024-01-20");
        data.caseFile(project, twoCases, lead, "2024-02-10", "2024-08-20");
        UUID placed = data.mentee(project, "male");
        data.placement(project, placed, employer, "employment", "2024-05-05", null);
        given().auth()
                .oauth2(coordinator)
                .queryParam("from", "2024-01-15")
                .queryParam("to", "2024-09-30")
                .queryParam("dimension", "quarter")
                .when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .body("rows.key", equalTo(List.of("2024-Q1", "2024-Q2", "2024-Q3")))
                .body("rows.menteesSupported.total", equalTo(List.of(2, 2, 1)))
                .body("rows.menteesSupported.female", equalTo(List.of(1, 1, 0)))
                .body("rows.menteesPlaced.total", equalTo(List.of(0, 1, 0)))
                .body("total", nullValue());
    }
}
