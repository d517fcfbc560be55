package de.amm.casedesk.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.statistics.StatisticsData;
import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Erase random mentees of random datasets: every key result and breakdown of every past period, for the exact roles
 * and under disclosure control, and every frozen report, read the same before and after.
 */
@QuarkusTest
class ErasureRandomizedTest {

    static final List<String> TYPES =
            List.of("employment", "vocational_training", "self_employment", "marginal_employment", "internship");
    static final List<String> GENDERS = List.of("female", "male", "diverse", "not_stated");
    static final List<String> NATIONALITIES = List.of("SY", "AF", "UA", "ER", "IR");
    static final List<String> DIMENSIONS = List.of(
            "gender", "ageGroup", "nationality", "qualification", "district", "residenceStatus", "topic", "followUp");

    @Inject
    StatisticsData data;

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Test
    void keyResultsAndFrozenReportsAreTheSameAfterErasure() {
        String coordinator = Tokens.role("coordinator");
        String ministry = Tokens.role("ministry");
        String officer = Tokens.role("data_protection_officer");
        int compared = 0;
        int erased = 0;
        for (int round = 0; round < 3; round++) {
            Random random = new Random(1717 + round);
            data.empty();
            UUID a = fixtures.project("14612");
            UUID b = fixtures.project("14713");
            List<UUID> mentees = generate(random, a, b);

            List<String> reports = new ArrayList<>();
            YearMonth quarterStart = YearMonth.from(TestClock.today()).minusMonths(3 + random.nextInt(6));
            int quarter = (quarterStart.getMonthValue() - 1) / 3 + 1;
            reports.add(issueReport(coordinator, quarterStart.getYear(), quarter));
            Map<String, String> before = new LinkedHashMap<>();
            List<String> questions = questions(random, a, b);
            for (String question : questions) {
                before.put("coordinator " + question, get(coordinator, question));
            }
            for (String question : ministryQuestions(random, a)) {
                before.put("ministry " + question, get(ministry, question));
            }
            Map<String, String> reportsBefore = new LinkedHashMap<>();
            for (String report : reports) {
                reportsBefore.put(report, get(coordinator, "/api/v1/statistics/reports/" + report));
            }

            List<UUID> shuffled = new ArrayList<>(mentees);
            Collections.shuffle(shuffled, random);
            for (UUID mentee : shuffled.subList(0, mentees.size() / 3)) {
                given().auth()
                        .oauth2(officer)
                        .post("/api/v1/mentees/{id}/anonymisation", mentee)
                        .then()
                        .statusCode(200);
                erased++;
            }

            for (Map.Entry<String, String> question : before.entrySet()) {
                String[] parts = question.getKey().split(" ", 2);
                String token = parts[0].equals("coordinator") ? coordinator : ministry;
                assertThat(get(token, parts[1]))
                        .as("round %d: %s", round, question.getKey())
                        .isEqualTo(question.getValue());
                compared++;
            }
            for (Map.Entry<String, String> report : reportsBefore.entrySet()) {
                assertThat(get(coordinator, "/api/v1/statistics/reports/" + report.getKey()))
                        .as("round %d: frozen report", round)
                        .isEqualTo(report.getValue());
                compared++;
            }
        }
        assertThat(erased).isGreaterThan(20);
        assertThat(compared).isGreaterThan(100);
    }

    private List<UUID> generate(Random random, UUID a, UUID b) {
        UUID mentorA = fixtures.staff(a, "mentor").personId();
        UUID mentorB = fixtures.staff(b, "mentor").personId();
        List<UUID> employers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            employers.add(records.employer(a).district("14612").create());
        }
        List<UUID> employersB = List.of(records.employer(b).district("14713").create());
        List<UUID> mentees = new ArrayList<>();
        int count = 24 + random.nextInt(12);
        LocalDate today = TestClock.today();
        for (int i = 0; i < count; i++) {
            UUID home = random.nextBoolean() ? a : b;
            UUID mentee = records.mentee(home)
                    .named("Person" + i, "Nachname" + random.nextInt(1000))
                    .gender(GENDERS.get(random.nextInt(GENDERS.size())))
                    .bornIn(1965 + random.nextInt(40))
                    .nationality(NATIONALITIES.get(random.nextInt(NATIONALITIES.size())))
                    .district(random.nextBoolean() ? "14612" : "14713")
                    .qualification(random.nextBoolean() ? "none" : "vocational_abroad")
                    .create();
            mentees.add(mentee);
            LocalDate start = today.minusDays(30 + random.nextInt(900));
            boolean open = random.nextInt(3) > 0;
            LocalDate end =
                    open ? null : start.plusDays(random.nextInt((int) (today.toEpochDay() - start.toEpochDay())));
            records.caseOf(mentee)
                    .in(home)
                    .ledBy(home == a ? mentorA : mentorB)
                    .from(start)
                    .until(end)
                    .create();
            for (int c = random.nextInt(4); c > 0; c--) {
                records.activity(home)
                        .with(mentee)
                        .on(start.plusDays(random.nextInt(30)))
                        .topics(random.nextBoolean() ? "job_search" : "language_course")
                        .create();
            }
            if (random.nextInt(3) == 0) {
                records.placementOf(mentee)
                        .in(home)
                        .at((home == a ? employers : employersB).get(random.nextInt(home == a ? 3 : 1)))
                        .type(TYPES.get(random.nextInt(TYPES.size())))
                        .from(start.plusDays(random.nextInt(60)))
                        .create();
            }
            if (random.nextInt(4) == 0) {
                records.referralOf(mentee).in(home).on(start.plusDays(5)).create();
            }
        }
        return mentees;
    }

    /** Past periods for the exact roles: free days, districts and projects, and breakdowns. */
    private List<String> questions(Random random, UUID a, UUID b) {
        List<String> questions = new ArrayList<>();
        LocalDate yesterday = TestClock.today().minusDays(1);
        for (int i = 0; i < 6; i++) {
            LocalDate from = yesterday.minusDays(10 + random.nextInt(1000));
            LocalDate to = from.plusDays(random.nextInt((int) (yesterday.toEpochDay() - from.toEpochDay()) + 1));
            String period = "from=" + from + "&to=" + to;
            questions.add("/api/v1/statistics/key-results?" + period);
            questions.add("/api/v1/statistics/key-results?" + period + "&projectId=" + (i % 2 == 0 ? a : b));
            questions.add("/api/v1/statistics/key-results?" + period + "&district=14612");
            questions.add(
                    "/api/v1/statistics/breakdown?dimension=" + DIMENSIONS.get(i % DIMENSIONS.size()) + "&" + period);
        }
        return questions;
    }

    /** Whole completed months for the ministry, one project or one district. */
    private List<String> ministryQuestions(Random random, UUID a) {
        List<String> questions = new ArrayList<>();
        YearMonth last = YearMonth.from(TestClock.today()).minusMonths(1);
        for (int i = 0; i < 3; i++) {
            YearMonth from = last.minusMonths(random.nextInt(24));
            String period = "from=" + from.atDay(1) + "&to=" + last.atEndOfMonth();
            questions.add("/api/v1/statistics/key-results?" + period);
            questions.add("/api/v1/statistics/key-results?" + period + "&projectId=" + a);
            questions.add("/api/v1/statistics/breakdown?dimension=gender&" + period);
        }
        return questions;
    }

    private static String get(String token, String path) {
        var response = given().auth().oauth2(token).accept(ContentType.JSON).get(path);
        assertThat(response.statusCode())
                .as("%s: %s", path, response.asString())
                .isEqualTo(200);
        return response.asString();
    }

    private static String issueReport(String coordinator, int year, int quarter) {
        return given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(Map.of("year", year, "quarter", quarter))
                .post("/api/v1/statistics/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("summary.id");
    }
}
