package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
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

    @Inject
    Records records;

    UUID project;
    UUID lead;
    UUID employer;
    String coordinator = Tokens.role("coordinator");

    @BeforeEach
    void setUp() {
        data.empty();
        project = fixtures.project();
        lead = fixtures.staff(project, "mentor").personId();
        employer = records.employer(project)
                .named("Betrieb")
                .sector("C")
                .district("14713")
                .create();
    }

    @Test
    void projectsAndActiveMentorsAreCountedOnTheLastDay() {
        fixtures.staff(project, "project_lead");
        UUID other = fixtures.project();
        var both = fixtures.staff(other, "mentor");
        fixtures.alsoWorksIn(both, project, "mentor");
        String today = TestClock.today().toString();
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
        UUID mentee = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2023, 6, 1))
                .until(LocalDate.of(2024, 1, 1))
                .create();
        keyResults().body("menteesSupported.total", equalTo(1));
    }

    @Test
    void aCaseStartingOnTheLastDayCounts() {
        UUID mentee = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2024, 3, 31))
                .create();
        keyResults().body("menteesSupported.total", equalTo(1));
    }

    @Test
    void aCaseEndingTheDayBeforeThePeriodDoesNotCount() {
        UUID mentee = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2023, 1, 1))
                .until(LocalDate.of(2023, 12, 31))
                .create();
        keyResults().body("menteesSupported.total", equalTo(0));
    }

    @Test
    void recordsDatedAfterTheLastDayDoNotCount() {
        UUID mentee = records.mentee(project)
                .gender("female")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2024, 4, 1))
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(LocalDate.of(2024, 4, 2))
                .withoutFollowUps()
                .create();
        records.activity(project)
                .withEmployer(employer)
                .on(LocalDate.of(2024, 4, 3))
                .withoutTopics()
                .create();
        keyResults()
                .body("menteesSupported.total", equalTo(0))
                .body("menteesPlaced.total", equalTo(0))
                .body("employersSupported.total", equalTo(0));
    }

    @Test
    void aMenteeReturningWithASecondCaseCountsOnce() {
        UUID mentee = records.mentee(project)
                .gender("female")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2023, 10, 1))
                .until(LocalDate.of(2024, 1, 31))
                .create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2024, 3, 1))
                .create();
        keyResults().body("menteesSupported.total", equalTo(1)).body("menteesSupported.female", equalTo(1));
    }

    @Test
    void aMenteeWhosePreviousCaseEndsOnTheFirstDayCountsOnce() {
        UUID mentee = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        UUID second = fixtures.project();
        records.caseOf(mentee)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2023, 6, 1))
                .until(LocalDate.parse(FROM))
                .create();
        records.caseOf(mentee)
                .in(second)
                .ledBy(fixtures.staff(second, "mentor").personId())
                .from(LocalDate.of(2024, 2, 1))
                .create();
        keyResults().body("menteesSupported.total", equalTo(1));
    }

    @Test
    void aPlacementEndingOneDayBeforeItsSixMonthMarkIsNotSustainable() {
        UUID mentee = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(LocalDate.of(2023, 7, 15))
                .until(LocalDate.of(2024, 1, 14))
                .withoutFollowUps()
                .create();
        keyResults().body("menteesSustainablyIntegrated.total", equalTo(0));
    }

    @Test
    void aPlacementEndingOnItsSixMonthMarkIsSustainable() {
        UUID mentee = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(LocalDate.of(2023, 7, 15))
                .until(LocalDate.of(2024, 1, 15))
                .withoutFollowUps()
                .create();
        keyResults().body("menteesSustainablyIntegrated.total", equalTo(1)).body("menteesPlaced.total", equalTo(0));
    }

    @Test
    void theSixMonthMarkFollowsTheCalendar() {
        // 31 August + 6 months = 29 February in a leap year
        UUID mentee = records.mentee(project)
                .gender("female")
                .qualification("vocational_abroad")
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("vocational_training")
                .from(LocalDate.of(2023, 8, 31))
                .withoutFollowUps()
                .create();
        keyResults("from", "2024-02-29", "to", "2024-02-29").body("menteesSustainablyIntegrated.total", equalTo(1));
    }

    @Test
    void aMenteeWithTwoCountingPlacementsCountsOnce() {
        UUID mentee = records.mentee(project)
                .gender("female")
                .qualification("vocational_abroad")
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(LocalDate.of(2024, 1, 10))
                .until(LocalDate.of(2024, 2, 1))
                .withoutFollowUps()
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("vocational_training")
                .from(LocalDate.of(2024, 2, 15))
                .withoutFollowUps()
                .create();
        keyResults().body("menteesPlaced.total", equalTo(1)).body("menteesPlaced.female", equalTo(1));
    }

    @Test
    void twoPlacementsTheFirstOnTheFirstDayCountOnce() {
        UUID mentee = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(LocalDate.parse(FROM))
                .until(LocalDate.of(2024, 1, 20))
                .withoutFollowUps()
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("self_employment")
                .from(LocalDate.of(2024, 2, 1))
                .withoutFollowUps()
                .create();
        keyResults().body("menteesPlaced.total", equalTo(1));
    }

    @Test
    void twoSustainablePlacementsTheFirstMarkOnTheFirstDayCountOnce() {
        UUID mentee = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("employment")
                .from(LocalDate.of(2023, 7, 1))
                .withoutFollowUps()
                .create();
        records.placementOf(mentee)
                .in(project)
                .at(employer)
                .type("vocational_training")
                .from(LocalDate.of(2023, 8, 15))
                .withoutFollowUps()
                .create();
        keyResults().body("menteesSustainablyIntegrated.total", equalTo(1));
    }

    @Test
    void nonCountingPlacementTypesAreNotPlacements() {
        for (String type : List.of("marginal_employment", "entry_qualification", "internship")) {
            UUID startsInPeriod = records.mentee(project)
                    .gender("male")
                    .qualification("vocational_abroad")
                    .create();
            records.placementOf(startsInPeriod)
                    .in(project)
                    .at(employer)
                    .type(type)
                    .from(LocalDate.of(2024, 2, 1))
                    .withoutFollowUps()
                    .create();
            UUID markInPeriod = records.mentee(project)
                    .gender("male")
                    .qualification("vocational_abroad")
                    .create();
            records.placementOf(markInPeriod)
                    .in(project)
                    .at(employer)
                    .type(type)
                    .from(LocalDate.of(2023, 8, 1))
                    .withoutFollowUps()
                    .create();
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
            UUID mentee = records.mentee(project)
                    .gender(gender)
                    .qualification("vocational_abroad")
                    .create();
            records.caseOf(mentee)
                    .in(project)
                    .ledBy(lead)
                    .from(LocalDate.of(2024, 1, 15))
                    .create();
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
        UUID mentee = records.mentee(project)
                .gender("female")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(mentee)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2023, 11, 1))
                .create();
        records.caseOf(mentee)
                .in(second)
                .ledBy(secondLead)
                .from(LocalDate.of(2024, 2, 1))
                .create();
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
        records.activity(project)
                .withEmployer(employer)
                .on(LocalDate.of(2024, 1, 5))
                .withoutTopics()
                .create();
        records.activity(project)
                .withEmployer(employer)
                .on(LocalDate.of(2024, 2, 5))
                .withoutTopics()
                .create();
        records.activity(project)
                .withEmployer(employer)
                .on(LocalDate.of(2024, 2, 5))
                .withoutTopics()
                .create();
        UUID earlier = records.employer(project)
                .named("Betrieb")
                .sector("C")
                .district("14713")
                .create();
        records.activity(project)
                .withEmployer(earlier)
                .on(LocalDate.of(2023, 12, 31))
                .withoutTopics()
                .create();
        keyResults().body("employersSupported.total", equalTo(1));
    }

    @Test
    void targetGroupsAndDistrictsFilterMentees() {
        UUID womanWithout = records.mentee(project)
                .gender("female")
                .district("14713")
                .qualification("none")
                .bornIn(1995)
                .create();
        records.caseOf(womanWithout)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2024, 1, 2))
                .create();
        UUID womanWith = records.mentee(project)
                .gender("female")
                .district("14612")
                .qualification("german_vocational")
                .bornIn(1980)
                .create();
        records.caseOf(womanWith)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2024, 1, 2))
                .create();
        UUID manWithout = records.mentee(project)
                .gender("male")
                .district("14612")
                .qualification("none")
                .bornIn(2000)
                .create();
        records.caseOf(manWithout)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2024, 1, 2))
                .create();
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
        UUID longCase = records.mentee(project)
                .gender("female")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(longCase)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2023, 12, 1))
                .until(LocalDate.of(2024, 5, 15))
                .create();
        UUID twoCases = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.caseOf(twoCases)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2024, 1, 10))
                .until(LocalDate.of(2024, 1, 20))
                .create();
        records.caseOf(twoCases)
                .in(project)
                .ledBy(lead)
                .from(LocalDate.of(2024, 2, 10))
                .until(LocalDate.of(2024, 8, 20))
                .create();
        UUID placed = records.mentee(project)
                .gender("male")
                .qualification("vocational_abroad")
                .create();
        records.placementOf(placed)
                .in(project)
                .at(employer)
                .type("employment")
                .from(LocalDate.of(2024, 5, 5))
                .withoutFollowUps()
                .create();
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
