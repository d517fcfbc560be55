package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Acts as the ministry and as the public on random datasets and tries to recover withheld figures, the way an
 * outside reviewer did: filters combined (one district against two), adjacent periods (a day more), the rows of a
 * breakdown against its total, a frozen report against a live query, and counts that were never protected
 * (activities by topic, follow-ups). Every released number is turned into what it tells about the true count
 * (exact, "<5" = 1 to 4, or rounded as the answer declares) and combined with the definitions' exact relations
 * ({@link AttackerKnowledge}). The test fails when a withheld count is determined, when a small count (1 to 4)
 * follows exactly from released figures, when a small count is released as a number, or when a released figure
 * is false (the coordination entity's exact figures are the truth).
 */
@QuarkusTest
class DisclosureAttackTest {

    private static final Logger LOG = Logger.getLogger(DisclosureAttackTest.class);
    private static final List<String> DISTRICTS = List.of("14511", "14521", "14524", "14612", "14713");
    private static final List<String> KEY_RESULTS =
            List.of("menteesSupported", "menteesPlaced", "menteesSustainablyIntegrated");
    private static final List<String> ATTRIBUTES =
            List.of("gender", "ageGroup", "qualification", "nationality", "residenceStatus");

    @Inject
    StatisticsData data;

    @Inject
    Records records;

    @Inject
    Fixtures fixtures;

    private final String ministry = Tokens.role("ministry");
    private final String coordinator = Tokens.role("coordinator");

    /** What one attack found. */
    record Finding(String attack, String what) {}

    @Test
    void noWithheldFigureCanBeRecoveredByTheMinistryOrThePublic() {
        List<Finding> findings = new ArrayList<>();
        int released = 0;
        for (int round = 0; round < 2; round++) {
            data.empty();
            dataset(new Random(9090 + round));
            AttackerKnowledge knowledge = new AttackerKnowledge();
            Map<String, Long> truth = new TreeMap<>();
            released += attack(knowledge, truth, findings);
            knowledge.propagate();
            judge(knowledge, truth, findings);
        }
        findings.forEach(f -> LOG.infof("disclosure finding [%s] %s", f.attack(), f.what()));
        LOG.infof("disclosure attacks: %d released figures read, %d findings", released, findings.size());
        assertThat(released).as("figures read").isGreaterThan(1000);
        assertThat(findings)
                .as("what the ministry and the public could recover")
                .isEmpty();
    }

    // --- the data ----------------------------------------------------------------------------------------

    /** Three projects, mentees in five districts (some with few), cases, placements and activities in 2024. */
    private void dataset(Random random) {
        UUID[] projects = {fixtures.project("14511"), fixtures.project("14612"), fixtures.project("14713")};
        UUID[] leads = new UUID[projects.length];
        UUID[] employers = new UUID[projects.length];
        for (int p = 0; p < projects.length; p++) {
            leads[p] = fixtures.staff(projects[p], "mentor").personId();
            employers[p] = records.employer(projects[p]).create();
        }
        String[] genders = {"female", "male", "male", "female", "male", "diverse", "not_stated"};
        String[] qualifications = {"none", "none", "vocational_abroad", "academic_abroad", "german_vocational", null};
        String[] nationalities = {"SY", "AF", "UA", "ER", "IQ"};
        for (int i = 0; i < 140; i++) {
            int p = random.nextInt(projects.length);
            // districts with few mentees make small cells
            String district =
                    i % 17 == 0 ? "14521" : i % 11 == 0 ? "14524" : DISTRICTS.get(random.nextInt(DISTRICTS.size()));
            UUID mentee = records.mentee(projects[p])
                    .gender(genders[random.nextInt(genders.length)])
                    .district(district)
                    .qualification(qualifications[random.nextInt(qualifications.length)])
                    .nationality(nationalities[random.nextInt(nationalities.length)])
                    .bornIn(1965 + random.nextInt(40))
                    .create();
            LocalDate start = LocalDate.of(2023, 6, 1).plusDays(random.nextInt(500));
            LocalDate end = random.nextBoolean() ? start.plusDays(60 + random.nextInt(300)) : null;
            records.caseOf(mentee)
                    .in(projects[p])
                    .ledBy(leads[p])
                    .from(start)
                    .until(end)
                    .create();
            if (random.nextDouble() < 0.55 || i % 23 == 0) {
                // some are placed on 30 June 2024, the day the adjacent-period attack looks at
                LocalDate placed = i % 23 == 0
                        ? LocalDate.of(2024, 6, 30)
                        : LocalDate.of(2023, 9, 1).plusDays(random.nextInt(480));
                String type = random.nextDouble() < 0.8 ? "employment" : "internship";
                records.placementOf(mentee)
                        .in(projects[p])
                        .at(employers[p])
                        .type(type)
                        .from(placed)
                        .until(random.nextDouble() < 0.2 ? placed.plusDays(30 + random.nextInt(200)) : null)
                        .create();
            }
            records.activity(projects[p])
                    .with(mentee)
                    .on(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(360)))
                    .topics(random.nextBoolean() ? "job_search" : "recognition")
                    .create();
        }
    }

    // --- the attacks -----------------------------------------------------------------------------------

    private record Period(String from, String to) {
        String key() {
            return from + ".." + to;
        }
    }

    private int attack(AttackerKnowledge knowledge, Map<String, Long> truth, List<Finding> findings) {
        int[] released = {0};
        List<Period> periods = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            LocalDate from = LocalDate.of(2024, 1 + 3 * q, 1);
            periods.add(
                    new Period(from.toString(), from.plusMonths(3).minusDays(1).toString()));
        }
        periods.add(new Period("2024-01-01", "2024-06-30"));
        periods.add(new Period("2024-01-01", "2024-12-31"));
        periods.add(new Period("2024-06-01", "2024-06-30"));
        periods.add(new Period("2020-01-01", "2024-12-31"));
        for (Period period : periods) {
            // the key results, overall, by district, each district alone, and two districts at once
            keyResults(period, Map.of(), knowledge, truth, released);
            List<String> districtParts = new ArrayList<>();
            breakdown(period, "district", Map.of(), knowledge, truth, released, findings, districtParts);
            for (String district : DISTRICTS) {
                keyResults(period, Map.of("district", List.of(district)), knowledge, truth, released);
                for (String attribute : List.of("gender", "ageGroup")) {
                    breakdown(
                            period,
                            attribute,
                            Map.of("district", List.of(district)),
                            knowledge,
                            truth,
                            released,
                            findings,
                            null);
                }
            }
            // repeated filters: two districts at once is the sum of each
            for (int d = 0; d + 1 < DISTRICTS.size(); d++) {
                List<String> pair = List.of(DISTRICTS.get(d), DISTRICTS.get(d + 1));
                if (keyResults(period, Map.of("district", pair), knowledge, truth, released)) {
                    for (String keyResult : KEY_RESULTS) {
                        for (boolean female : new boolean[] {false, true}) {
                            knowledge.sum(
                                    count(keyResult, period, "district=" + pair.get(0) + "+" + pair.get(1), female),
                                    List.of(
                                            count(keyResult, period, "district=" + pair.get(0), female),
                                            count(keyResult, period, "district=" + pair.get(1), female)));
                        }
                    }
                }
            }
            // target groups
            keyResults(period, Map.of("targetGroup", List.of("women")), knowledge, truth, released);
            keyResults(period, Map.of("targetGroup", List.of("withoutQualification")), knowledge, truth, released);
            for (String attribute : ATTRIBUTES) {
                breakdown(period, attribute, Map.of(), knowledge, truth, released, findings, null);
            }
            // counts that were never protected: activities by topic, follow-ups, within a district and for women
            unprotected(period, findings);
        }
        adjacentDays(knowledge, truth, released);
        reportAgainstLive(knowledge, truth, released);
        publicFigures(knowledge, truth, released);
        return released[0];
    }

    /** A day more: the key results to 29 and to 30 June, and for 30 June alone. */
    private void adjacentDays(AttackerKnowledge knowledge, Map<String, Long> truth, int[] released) {
        Period longer = new Period("2024-01-01", "2024-06-30");
        Period shorter = new Period("2024-01-01", "2024-06-29");
        Period day = new Period("2024-06-30", "2024-06-30");
        for (String district : DISTRICTS) {
            Map<String, List<String>> filter = Map.of("district", List.of(district));
            boolean answered = keyResults(shorter, filter, knowledge, truth, released)
                    & keyResults(day, filter, knowledge, truth, released);
            if (!answered) {
                continue;
            }
            for (boolean female : new boolean[] {false, true}) {
                // placed to the 30th = placed to the 29th + those first placed on the 30th (at most the day's count)
                String newOnTheDay =
                        "newly placed on " + day.key() + " district=" + district + (female ? " female" : "");
                knowledge.sum(
                        count("menteesPlaced", longer, "district=" + district, female),
                        List.of(count("menteesPlaced", shorter, "district=" + district, female), newOnTheDay));
                knowledge.sum(
                        count("menteesPlaced", day, "district=" + district, female),
                        List.of(newOnTheDay, "placed on the day before and again " + newOnTheDay));
            }
        }
    }

    /** A frozen quarterly report and the live figures of the same quarter are the same people. */
    private void reportAgainstLive(AttackerKnowledge knowledge, Map<String, Long> truth, int[] released) {
        Response issued = given().auth()
                .oauth2(coordinator)
                .contentType("application/json")
                .body(Map.of("year", 2024, "quarter", 2))
                .when()
                .post("/api/v1/statistics/reports");
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonPath report = given().auth()
                .oauth2(ministry)
                .accept("application/json")
                .when()
                .get("/api/v1/statistics/reports/{id}", issued.jsonPath().getString("summary.id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Period quarter = new Period("2024-04-01", "2024-06-30");
        int slack = slack(report.getMap("content.quarter"));
        for (String keyResult : KEY_RESULTS) {
            knowledge.released(
                    count(keyResult, quarter, "", false), report.get("content.quarter." + keyResult + ".total"), slack);
            knowledge.released(
                    count(keyResult, quarter, "", true), report.get("content.quarter." + keyResult + ".female"), slack);
            released[0] += 2;
        }
        List<Map<String, Object>> breakdowns = report.getList("content.breakdowns");
        for (Map<String, Object> breakdown : breakdowns) {
            if ("district".equals(breakdown.get("dimension"))) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rows = (List<Map<String, Object>>) breakdown.get("rows");
                for (Map<String, Object> row : rows) {
                    for (String keyResult : KEY_RESULTS) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> figure = (Map<String, Object>) row.get(keyResult);
                        String filter = "district=" + row.get("key");
                        knowledge.released(count(keyResult, quarter, filter, false), figure.get("total"), slack);
                        knowledge.released(count(keyResult, quarter, filter, true), figure.get("female"), slack);
                        released[0] += 2;
                    }
                }
            }
        }
    }

    private void publicFigures(AttackerKnowledge knowledge, Map<String, Long> truth, int[] released) {
        JsonPath figures = given().when()
                .get("/api/v1/public/key-results")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Period period = new Period(figures.getString("period.from"), figures.getString("period.to"));
        record(figures, "", period, Map.of(), knowledge, truth, released);
    }

    /** The key results for a period and filter; false when the request is refused (400). */
    private boolean keyResults(
            Period period,
            Map<String, List<String>> filter,
            AttackerKnowledge knowledge,
            Map<String, Long> truth,
            int[] released) {
        Response answer = get(ministry, "/api/v1/statistics/key-results", period, filter, null);
        if (answer.statusCode() == 400) {
            return false;
        }
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        record(answer.jsonPath(), "", period, filter, knowledge, truth, released);
        return true;
    }

    private void record(
            JsonPath answer,
            String path,
            Period period,
            Map<String, List<String>> filter,
            AttackerKnowledge knowledge,
            Map<String, Long> truth,
            int[] released) {
        String context = context(filter);
        JsonPath exact = get(coordinator, "/api/v1/statistics/key-results", period, filter, null)
                .jsonPath();
        int slack = slack(answer.getMap(path.isEmpty() ? "$" : path));
        for (String keyResult : KEY_RESULTS) {
            for (boolean female : new boolean[] {false, true}) {
                String column = female ? "female" : "total";
                String count = count(keyResult, period, context, female);
                knowledge.released(count, answer.get(keyResult + "." + column), slack);
                truth.put(count, exact.getLong(keyResult + "." + column));
                released[0]++;
            }
        }
    }

    /**
     * A breakdown by a mentee attribute or district: its rows are a partition of the total (each mentee has one
     * value), for all and for female mentees. {@code parts} collects the row counts when not null.
     */
    private void breakdown(
            Period period,
            String dimension,
            Map<String, List<String>> filter,
            AttackerKnowledge knowledge,
            Map<String, Long> truth,
            int[] released,
            List<Finding> findings,
            List<String> parts) {
        Response answer = get(ministry, "/api/v1/statistics/breakdown", period, filter, dimension);
        if (answer.statusCode() == 400) {
            return;
        }
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        JsonPath exact = get(coordinator, "/api/v1/statistics/breakdown", period, filter, dimension)
                .jsonPath();
        JsonPath answered = answer.jsonPath();
        int slack = slack(answered.getMap("$"));
        String context = context(filter);
        List<Map<String, Object>> rows = answered.getList("rows");
        List<Map<String, Object>> exactRows = exact.getList("rows");
        for (String keyResult : KEY_RESULTS) {
            for (boolean female : new boolean[] {false, true}) {
                String column = female ? "female" : "total";
                List<String> rowCounts = new ArrayList<>();
                for (Map<String, Object> row : rows) {
                    // the people of the row; the female row of the gender breakdown is the female column's people
                    String count = count(keyResult, period, join(context, dimension + "=" + row.get("key")), female);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> figure = (Map<String, Object>) row.get(keyResult);
                    knowledge.released(count, figure.get(column), slack);
                    Object exactValue = exactRows.stream()
                            .filter(r -> java.util.Objects.equals(r.get("key"), row.get("key")))
                            .findFirst()
                            .<Object>map(r -> ((Map<?, ?>) r.get(keyResult)).get(column))
                            .orElse(0);
                    truth.put(count, ((Number) exactValue).longValue());
                    rowCounts.add(count);
                    released[0]++;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> total = answered.get("total." + keyResult);
                String totalCount = count(keyResult, period, context, female);
                if (total != null) {
                    knowledge.released(totalCount, total.get(column), slack);
                    truth.put(totalCount, exact.getLong("total." + keyResult + "." + column));
                    released[0]++;
                }
                knowledge.sum(totalCount, rowCounts);
                if (parts != null) {
                    parts.addAll(rowCounts);
                }
            }
        }
    }

    /** Activities by topic and follow-ups, within a district and for women: no small count may be shown. */
    private void unprotected(Period period, List<Finding> findings) {
        for (String district : DISTRICTS) {
            for (Map<String, List<String>> filter : List.of(
                    Map.of("district", List.of(district)),
                    Map.of("district", List.of(district), "targetGroup", List.of("women")))) {
                for (String dimension : List.of("topic", "followUp", "placementType")) {
                    Response answer = get(ministry, "/api/v1/statistics/breakdown", period, filter, dimension);
                    if (answer.statusCode() == 400) {
                        continue;
                    }
                    numbers(answer.jsonPath().getList("rows"), value -> {
                        if (value instanceof Number n && n.longValue() >= 1 && n.longValue() <= 4) {
                            findings.add(new Finding(
                                    "never protected",
                                    dimension + " " + period.key() + " " + filter + " shows the small count " + n));
                        }
                    });
                }
            }
        }
    }

    private static void numbers(Object value, Consumer<Object> each) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (!"key".equals(k) && !"label".equals(k) && !String.valueOf(k).endsWith("Share")) {
                    numbers(v, each);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(v -> numbers(v, each));
        } else {
            each.accept(value);
        }
    }

    // --- judging -----------------------------------------------------------------------------------------

    private static void judge(AttackerKnowledge knowledge, Map<String, Long> truth, List<Finding> findings) {
        knowledge.contradictions().forEach(c -> findings.add(new Finding("false figure", "contradiction " + c)));
        knowledge.all().forEach((count, bounds) -> {
            Long value = truth.get(count);
            if (value != null && (value < bounds.lo || value > bounds.hi)) {
                findings.add(new Finding("false figure", count + " is " + value + ", released as " + bounds));
            }
            if ("<5".equals(bounds.released) && bounds.determined()) {
                findings.add(new Finding("withheld value recovered", count + " = " + bounds.lo));
            } else if (bounds.released == null && bounds.determined() && bounds.lo >= 1 && bounds.lo <= 4) {
                findings.add(new Finding("small count derived", count + " = " + bounds.lo));
            } else if ("exact".equals(bounds.released) && value != null && value >= 1 && value <= 4) {
                findings.add(new Finding("small count released", count + " = " + value));
            }
        });
    }

    // --- requests ----------------------------------------------------------------------------------------

    private static Response get(
            String token, String path, Period period, Map<String, List<String>> filter, String dimension) {
        var request = given().auth().oauth2(token).accept("application/json").queryParam("from", period.from());
        request.queryParam("to", period.to());
        filter.forEach((name, values) -> values.forEach(v -> request.queryParam(name, v)));
        if (dimension != null) {
            request.queryParam("dimension", dimension);
        }
        return request.when().get(path);
    }

    /** How far a released number may lie from the true count, as the answer declares. */
    private static int slack(Map<String, Object> answer) {
        Object disclosure = answer == null ? null : answer.get("disclosure");
        if (disclosure instanceof Map<?, ?> declared && declared.get("roundingBase") instanceof Number base) {
            return base.intValue() - 1;
        }
        return 0;
    }

    /** The set of people a count counts, named so that the same set gets the same name in every release. */
    private static String count(String keyResult, Period period, String context, boolean female) {
        return keyResult + " " + period.key() + " [" + join(context, female ? "gender=female" : "") + "]";
    }

    private static String context(Map<String, List<String>> filter) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(filter).forEach((name, values) -> {
            if (name.equals("targetGroup")) {
                values.forEach(v -> parts.add(v.equals("women") ? "gender=female" : "qualification=none"));
            } else {
                parts.add(name + "=" + String.join("+", values));
            }
        });
        return String.join(" ", parts);
    }

    private static String join(String context, String more) {
        List<String> parts = new ArrayList<>();
        for (String part : (context + " " + more).trim().split(" +")) {
            if (!part.isBlank() && !parts.contains(part)) {
                parts.add(part);
            }
        }
        parts.sort(String::compareTo);
        return String.join(" ", parts);
    }
}
