package de.amm.casedesk.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programme's day is Saxony's, whatever the zone of the server (these tests run the JVM in another zone) or
 * the calendar: every date rule is tried just after midnight in Berlin, when it is still the day before in UTC,
 * on days whose date does not exist some months later (29 November, 31 January, 29 February, 31 December).
 */
@QuarkusTest
@Tag("calendar")
class ProgrammeDayTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    static Stream<LocalDateTime> moments() {
        return Stream.of(
                LocalDateTime.of(2026, 11, 29, 0, 56),
                LocalDateTime.of(2027, 1, 31, 0, 30),
                LocalDateTime.of(2028, 2, 29, 0, 5),
                LocalDateTime.of(2026, 12, 31, 0, 30),
                LocalDateTime.of(2027, 3, 28, 0, 30), // the night summer time begins
                LocalDateTime.of(2026, 11, 30, 23, 59));
    }

    @AfterEach
    void backToTheSuitesMoment() {
        TestClock.reset();
    }

    @ParameterizedTest
    @MethodSource("moments")
    void theClockTellsBerlinsDayNotTheServers(LocalDateTime berlin) {
        TestClock.set(berlin);
        given().when()
                .get("/api/v1/clock")
                .then()
                .statusCode(200)
                .body("today", equalTo(berlin.toLocalDate().toString()))
                .body("zone", equalTo("Europe/Berlin"));
    }

    @ParameterizedTest
    @MethodSource("moments")
    void todayIsAcceptedAndTomorrowRefusedOnEveryForm(LocalDateTime berlin) {
        TestClock.set(berlin);
        LocalDate today = berlin.toLocalDate();
        assertUtcDayDiffersOrIsLate(berlin);
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();

        // a case opened today, an activity, a referral and consent dated today
        post(mentor, "/api/v1/cases", Map.of("menteeId", mentee.toString(), "startedOn", today.toString()), 201);
        post(mentor, "/api/v1/activities", activity(mentee, today), 201);
        post(mentor, "/api/v1/referrals", referral(mentee, today), 201);
        post(mentor, "/api/v1/mentees", mentee(today), 201);

        // tomorrow is refused, with a code the web app words in its own language
        refusedAsFuture(post(mentor, "/api/v1/activities", activity(mentee, today.plusDays(1)), 400), "occurredOn");
        refusedAsFuture(post(mentor, "/api/v1/referrals", referral(mentee, today.plusDays(1)), 400), "referredOn");
        refusedAsFuture(post(mentor, "/api/v1/mentees", mentee(today.plusDays(1)), 400), "consent.givenOn");
    }

    @ParameterizedTest
    @MethodSource("moments")
    void followUpsFallDueAsTheDefinitionsSayEvenWhenTheDayDoesNotExistLater(LocalDateTime berlin) {
        TestClock.set(berlin);
        LocalDate today = berlin.toLocalDate();
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        UUID employer = records.employer(project).create();
        post(mentor, "/api/v1/cases", Map.of("menteeId", mentee.toString(), "startedOn", today.toString()), 201);
        String placement = post(
                        mentor,
                        "/api/v1/placements",
                        Map.of(
                                "menteeId", mentee.toString(),
                                "employerId", employer.toString(),
                                "type", "employment",
                                "startedOn", today.toString(),
                                "weeklyHours", 30),
                        201)
                .path("id");
        // start + n calendar months, on the month's last day where the day does not exist (29 Feb -> 28 Feb 2029)
        List<String> expected = Stream.of(3, 6, 12)
                .map(months -> today.plusMonths(months).toString())
                .toList();
        given().auth()
                .oauth2(mentor.token())
                .queryParam("placementId", placement)
                .when()
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(200)
                .body("items.dueOn", equalTo(expected));
        // recorded today: accepted
        String first = given().auth()
                .oauth2(mentor.token())
                .queryParam("placementId", placement)
                .when()
                .get("/api/v1/follow-ups")
                .then()
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("checkedOn", today.toString(), "result", "still_there"))
                .when()
                .put("/api/v1/follow-ups/{id}", first)
                .then()
                .statusCode(204);
    }

    @ParameterizedTest
    @MethodSource("moments")
    void theCaseloadCallsAFollowUpOverdueOnlyFromTheDayAfterItIsDue(LocalDateTime berlin) {
        TestClock.set(berlin);
        LocalDate today = berlin.toLocalDate();
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID dueToday = records.mentee(project).create();
        UUID dueYesterday = records.mentee(project).create();
        UUID employer = records.employer(project).create();
        records.caseOf(dueToday)
                .in(project)
                .ledBy(mentor.personId())
                .from(today.minusYears(1))
                .create();
        records.caseOf(dueYesterday)
                .in(project)
                .ledBy(mentor.personId())
                .from(today.minusYears(1))
                .create();
        records.placementWithFollowUpDue(project, dueToday, employer, today);
        records.placementWithFollowUpDue(project, dueYesterday, employer, today.minusDays(1));
        records.activity(project).with(dueToday).on(today.minusDays(30)).create();
        given().auth()
                .oauth2(mentor.token())
                .queryParam("sort", "nextFollowUpDueOn,asc")
                .when()
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("items.find { it.menteeId == '" + dueToday + "' }.followUpOverdue", equalTo(false))
                .body("items.find { it.menteeId == '" + dueToday + "' }.activityOverdue", equalTo(false))
                .body("items.find { it.menteeId == '" + dueYesterday + "' }.followUpOverdue", equalTo(true));
    }

    @ParameterizedTest
    @MethodSource("moments")
    void statisticsEndTodayByDefaultAndThePublicFiguresAtTheLastCompletedMonth(LocalDateTime berlin) {
        TestClock.set(berlin);
        LocalDate today = berlin.toLocalDate();
        UUID project = fixtures.project();
        Staff lead = fixtures.staff(project, "project_lead");
        given().auth()
                .oauth2(lead.token())
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("period.to", equalTo(today.toString()));
        given().when()
                .get("/api/v1/public/key-results")
                .then()
                .statusCode(200)
                .body("period.to", equalTo(today.withDayOfMonth(1).minusDays(1).toString()));
    }

    private static void assertUtcDayDiffersOrIsLate(LocalDateTime berlin) {
        LocalDate utc = berlin.atZone(TestClock.BERLIN)
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDate();
        // the moments are chosen so that UTC and Berlin disagree about the day, or the day is about to end
        if (utc.equals(berlin.toLocalDate()) && berlin.getHour() < 23) {
            throw new AssertionError("moment " + berlin + " does not test the zone");
        }
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> post(
            Staff who, String path, Object body, int status) {
        return given().auth()
                .oauth2(who.token())
                .header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(status)
                .extract();
    }

    private static void refusedAsFuture(
            io.restassured.response.ExtractableResponse<io.restassured.response.Response> answer, String field) {
        List<Map<String, Object>> errors = answer.path("errors");
        org.assertj.core.api.Assertions.assertThat(errors).anySatisfy(error -> {
            org.assertj.core.api.Assertions.assertThat(error.get("field")).isEqualTo(field);
            org.assertj.core.api.Assertions.assertThat(error.get("code")).isEqualTo("in_future");
            org.assertj.core.api.Assertions.assertThat(error.get("message"))
                    .isEqualTo("darf nicht nach dem heutigen Tag liegen");
        });
    }

    private static Map<String, Object> activity(UUID mentee, LocalDate on) {
        return Map.of(
                "menteeId", mentee.toString(), "occurredOn", on.toString(), "durationMinutes", 30, "channel", "phone");
    }

    private static Map<String, Object> referral(UUID mentee, LocalDate on) {
        return Map.of(
                "menteeId",
                mentee.toString(),
                "referredOn",
                on.toString(),
                "provider",
                "Migrationsberatung",
                "topic",
                "Wohnung");
    }

    private static Map<String, Object> mentee(LocalDate consentGiven) {
        return Map.of(
                "firstName",
                "Rana",
                "lastName",
                "Calendar" + UUID.randomUUID().toString().substring(0, 5),
                "gender",
                "female",
                "consent",
                Map.of("givenOn", consentGiven.toString(), "textVersion", "2026-01", "scopes", List.of("counselling")));
    }
}
