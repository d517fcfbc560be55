package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The endpoint against a plain reading of the definitions: random datasets (fixed seeds), random periods
 * and filters, the figures computed in memory with sets of mentees, compared with what the API answers.
 */
@QuarkusTest
class KeyResultRandomizedTest {

    static final List<String> TYPES = List.of(
            "employment",
            "vocational_training",
            "self_employment",
            "marginal_employment",
            "entry_qualification",
            "internship");
    static final Set<String> COUNTING = Set.of("employment", "vocational_training", "self_employment");
    static final LocalDate START = LocalDate.of(2022, 1, 1);

    @Inject
    StatisticsData data;

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    record Mentee(UUID id, boolean female, String gender, String district, boolean noQualification, int born) {}

    record Case(UUID mentee, UUID project, LocalDate start, LocalDate end) {}

    record Placement(UUID mentee, UUID project, String type, LocalDate start, LocalDate end) {}

    record Contact(UUID employer, UUID project, String district, LocalDate on) {}

    record Figures(
            long supported,
            long supportedFemale,
            long employers,
            long placed,
            long placedFemale,
            long sustainable,
            long sustainableFemale) {}

    List<Mentee> mentees = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    List<Placement> placements = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    java.util.Map<UUID, String> employerDistricts = new java.util.HashMap<>();

    @Test
    void theEndpointAgreesWithAPlainComputationOfTheDefinitions() {
        String coordinator = Tokens.role("coordinator");
        UUID a = fixtures.project();
        UUID b = fixtures.project();
        UUID leadA = fixtures.staff(a, "mentor").personId();
        UUID leadB = fixtures.staff(b, "mentor").personId();
        int comparisons = 0;
        for (int round = 0; round < 10; round++) {
            Random random = new Random(4242 + round);
            generate(random, a, b, leadA, leadB);
            for (int p = 0; p < 5; p++) {
                // periods that start or end on a record's date, or a day off it, find the off-by-one errors
                LocalDate from = p % 2 == 0 ? START.plusDays(random.nextInt(1200)) : nearRecordDate(random);
                LocalDate to = p % 3 == 0 ? nearRecordDate(random) : from.plusDays(random.nextInt(500));
                if (to.isBefore(from)) {
                    LocalDate swap = from;
                    from = to;
                    to = swap;
                }
                List<Variant> variants = List.of(
                        new Variant(Set.of(), null, false, false),
                        new Variant(Set.of(a), null, false, false),
                        new Variant(Set.of(b), null, false, false),
                        new Variant(Set.of(a, b), null, false, false),
                        new Variant(Set.of(), "14612", false, false),
                        new Variant(Set.of(a), null, true, false),
                        new Variant(Set.of(), null, false, true),
                        new Variant(Set.of(b), "14713", true, true));
                for (Variant variant : variants) {
                    Figures expected = expected(from, to, variant);
                    Figures actual = actual(coordinator, from, to, variant);
                    assertThat(actual)
                            .as("round %d, %s to %s, %s", round, from, to, variant)
                            .isEqualTo(expected);
                    comparisons++;
                }
            }
            LocalDate from = START.plusDays(random.nextInt(400));
            LocalDate to = from.plusDays(300 + random.nextInt(400));
            for (Variant variant :
                    List.of(new Variant(Set.of(), null, false, false), new Variant(Set.of(a), null, false, true))) {
                JsonPath quarters = breakdown(coordinator, from, to, variant, "quarter");
                List<String> keys = quarters.getList("rows.key");
                for (int i = 0; i < keys.size(); i++) {
                    LocalDate quarterStart = quarterStart(keys.get(i));
                    LocalDate qFrom = quarterStart.isBefore(from) ? from : quarterStart;
                    LocalDate qTo = quarterStart.plusMonths(3).minusDays(1).isAfter(to)
                            ? to
                            : quarterStart.plusMonths(3).minusDays(1);
                    Figures expected = expected(qFrom, qTo, variant);
                    String row = "rows[" + i + "].";
                    assertThat(figures(quarters, row))
                            .as("round %d, quarter %s of %s to %s, %s", round, keys.get(i), from, to, variant)
                            .isEqualTo(expected);
                    comparisons++;
                }
            }
            // breakdowns by district and by project: each row is the figures with that district (project) as filter
            for (Variant variant :
                    List.of(new Variant(Set.of(), null, false, false), new Variant(Set.of(b), null, true, false))) {
                for (String dimension : List.of("district", "project")) {
                    JsonPath rows = breakdown(coordinator, from, to, variant, dimension);
                    List<String> keys = rows.getList("rows.key");
                    for (int i = 0; i < keys.size(); i++) {
                        String key = keys.get(i);
                        Variant row = dimension.equals("district")
                                ? new Variant(variant.projects(), key, variant.women(), variant.noQualification())
                                : new Variant(
                                        Set.of(UUID.fromString(key)),
                                        variant.district(),
                                        variant.women(),
                                        variant.noQualification());
                        assertThat(figures(rows, "rows[" + i + "]."))
                                .as("round %d, %s %s of %s to %s, %s", round, dimension, key, from, to, variant)
                                .isEqualTo(expected(from, to, row));
                        comparisons++;
                    }
                    assertThat(figures(rows, "total."))
                            .as("round %d, total by %s of %s to %s, %s", round, dimension, from, to, variant)
                            .isEqualTo(expected(from, to, variant));
                }
            }
            // breakdowns by attributes of the mentee: from the attribute cells for all projects without a
            // district, from the fact rows otherwise
            for (Variant variant : List.of(
                    new Variant(Set.of(), null, false, false),
                    new Variant(Set.of(), null, true, false),
                    new Variant(Set.of(), "14713", false, false),
                    new Variant(Set.of(a), null, false, true))) {
                for (String dimension : List.of("gender", "qualification", "ageGroup")) {
                    JsonPath rows = breakdown(coordinator, from, to, variant, dimension);
                    List<String> keys = rows.getList("rows.key");
                    long sum = 0;
                    for (int i = 0; i < keys.size(); i++) {
                        Predicate<Mentee> value = attribute(dimension, keys.get(i), to);
                        Figures row = figures(rows, "rows[" + i + "].");
                        assertThat(row)
                                .as("round %d, %s %s of %s to %s, %s", round, dimension, keys.get(i), from, to, variant)
                                .isEqualTo(expected(from, to, variant, value, false));
                        sum += row.supported();
                        comparisons++;
                    }
                    assertThat(sum).isEqualTo(expected(from, to, variant).supported());
                }
            }
        }
        assertThat(comparisons).isGreaterThan(500);
    }

    record Variant(Set<UUID> projects, String district, boolean women, boolean noQualification) {}

    /** A date on which some record starts, ends or reaches its mark, or the day before or after. */
    private LocalDate nearRecordDate(Random random) {
        List<LocalDate> dates = new ArrayList<>();
        cases.forEach(c -> {
            dates.add(c.start());
            if (c.end() != null) {
                dates.add(c.end());
            }
        });
        placements.forEach(p -> {
            dates.add(p.start());
            dates.add(p.start().plusMonths(6));
            if (p.end() != null) {
                dates.add(p.end());
            }
        });
        contacts.forEach(c -> dates.add(c.on()));
        if (random.nextBoolean() && !placements.isEmpty()) {
            Placement p = placements.get(random.nextInt(placements.size()));
            return random.nextBoolean() ? p.start() : p.start().plusMonths(6);
        }
        LocalDate date = dates.isEmpty() ? START : dates.get(random.nextInt(dates.size()));
        return date.plusDays(random.nextInt(3) - 1);
    }

    private void generate(Random random, UUID a, UUID b, UUID leadA, UUID leadB) {
        data.empty();
        mentees.clear();
        cases.clear();
        placements.clear();
        contacts.clear();
        employerDistricts.clear();
        List<UUID> employersA = new ArrayList<>();
        List<UUID> employersB = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String district = random.nextBoolean() ? "14612" : "14713";
            UUID employer = records.employer(a)
                    .named("Betrieb")
                    .sector("C")
                    .district(district)
                    .create();
            employersA.add(employer);
            employerDistricts.put(employer, district);
            employer = records.employer(b)
                    .named("Betrieb")
                    .sector("C")
                    .district("14612")
                    .create();
            employersB.add(employer);
            employerDistricts.put(employer, "14612");
        }
        int count = 12 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            boolean female = random.nextInt(3) == 0;
            String district = random.nextBoolean() ? "14612" : "14713";
            boolean noQualification = random.nextBoolean();
            UUID home = random.nextBoolean() ? a : b;
            String gender = female ? "female" : random.nextBoolean() ? "male" : "diverse";
            int born = 1960 + random.nextInt(45);
            UUID id = records.mentee(home)
                    .gender(gender)
                    .district(district)
                    .qualification(noQualification ? "none" : "academic_abroad")
                    .bornIn(born)
                    .create();
            mentees.add(new Mentee(id, female, gender, district, noQualification, born));
            LocalDate cursor = START.minusDays(200).plusDays(random.nextInt(600));
            int caseCount = random.nextInt(4);
            for (int c = 0; c < caseCount; c++) {
                UUID project = random.nextInt(3) == 0 ? (home == a ? b : a) : home;
                LocalDate start = cursor;
                LocalDate end = random.nextInt(4) == 0 ? null : start.plusDays(random.nextInt(400));
                if (cases.stream()
                        .anyMatch(x -> x.mentee().equals(id)
                                && x.project().equals(project)
                                && (x.end() == null || !x.end().isBefore(start)))) {
                    continue;
                }
                records.caseOf(id)
                        .in(project)
                        .ledBy(project == a ? leadA : leadB)
                        .from(start)
                        .until(end)
                        .create();
                cases.add(new Case(id, project, start, end));
                cursor = (end == null ? start : end).plusDays(random.nextInt(120) - 30);
            }
            int placementCount = random.nextInt(5);
            for (int p = 0; p < placementCount; p++) {
                UUID project = random.nextBoolean() ? a : b;
                String type = TYPES.get(random.nextInt(TYPES.size()));
                LocalDate start = START.minusDays(250).plusDays(random.nextInt(1500));
                LocalDate end = random.nextBoolean() ? null : start.plusDays(100 + random.nextInt(150));
                UUID employer = (project == a ? employersA : employersB).get(random.nextInt(4));
                records.placementOf(id)
                        .in(project)
                        .at(employer)
                        .type(type)
                        .from(start)
                        .until(end)
                        .withoutFollowUps()
                        .create();
                placements.add(new Placement(id, project, type, start, end));
            }
        }
        for (UUID employer : employersA) {
            addContacts(random, a, employer, employersA, employersB);
        }
        for (UUID employer : employersB) {
            addContacts(random, b, employer, employersA, employersB);
        }
    }

    private void addContacts(Random random, UUID project, UUID employer, List<UUID> a, List<UUID> b) {
        String district = employerDistricts.get(employer);
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            LocalDate on = START.minusDays(100).plusDays(random.nextInt(1400));
            records.activity(project)
                    .withEmployer(employer)
                    .on(on)
                    .withoutTopics()
                    .create();
            contacts.add(new Contact(employer, project, district, on));
        }
    }

    private Figures expected(LocalDate from, LocalDate to, Variant v) {
        return expected(from, to, v, m -> true, true);
    }

    /** The figures of the mentees that {@code only} accepts; employers -1 where the answer has none. */
    private Figures expected(LocalDate from, LocalDate to, Variant v, Predicate<Mentee> only, boolean employersToo) {
        Predicate<UUID> inProjects = p -> v.projects().isEmpty() || v.projects().contains(p);
        Predicate<Mentee> passes = m -> (v.district() == null || v.district().equals(m.district()))
                && (!v.women() || m.female())
                && (!v.noQualification() || m.noQualification())
                && only.test(m);
        Set<UUID> supported = new HashSet<>();
        for (Case c : cases) {
            if (inProjects.test(c.project())
                    && !c.start().isAfter(to)
                    && (c.end() == null || !c.end().isBefore(from))) {
                supported.add(c.mentee());
            }
        }
        Set<UUID> placed = new HashSet<>();
        Set<UUID> sustainable = new HashSet<>();
        for (Placement p : placements) {
            if (!inProjects.test(p.project()) || !COUNTING.contains(p.type())) {
                continue;
            }
            if (!p.start().isBefore(from) && !p.start().isAfter(to)) {
                placed.add(p.mentee());
            }
            LocalDate mark = p.start().plusMonths(6);
            if (!mark.isBefore(from)
                    && !mark.isAfter(to)
                    && (p.end() == null || !p.end().isBefore(mark))) {
                sustainable.add(p.mentee());
            }
        }
        Set<UUID> employers = new HashSet<>();
        for (Contact c : contacts) {
            boolean districtOk = v.district() == null || v.district().equals(employerDistrict(c));
            if (inProjects.test(c.project()) && districtOk && !c.on().isBefore(from) && !c.on().isAfter(to)) {
                employers.add(c.employer());
            }
        }
        return new Figures(
                count(supported, passes, false),
                count(supported, passes, true),
                employersToo ? employers.size() : -1,
                count(placed, passes, false),
                count(placed, passes, true),
                count(sustainable, passes, false),
                count(sustainable, passes, true));
    }

    private String employerDistrict(Contact c) {
        return c.district();
    }

    private long count(Set<UUID> ids, Predicate<Mentee> passes, boolean femaleOnly) {
        return mentees.stream()
                .filter(m -> ids.contains(m.id()) && passes.test(m) && (!femaleOnly || m.female()))
                .count();
    }

    private Figures actual(String token, LocalDate from, LocalDate to, Variant v) {
        var request =
                given().auth().oauth2(token).queryParam("from", from.toString()).queryParam("to", to.toString());
        for (UUID project : v.projects()) {
            request = request.queryParam("projectId", project);
        }
        if (v.district() != null) {
            request = request.queryParam("district", v.district());
        }
        if (v.women()) {
            request = request.queryParam("targetGroup", "women");
        }
        if (v.noQualification()) {
            request = request.queryParam("targetGroup", "withoutQualification");
        }
        return figures(
                request.when()
                        .get("/api/v1/statistics/key-results")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath(),
                "");
    }

    private JsonPath breakdown(String token, LocalDate from, LocalDate to, Variant v, String dimension) {
        var request = given().auth()
                .oauth2(token)
                .queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .queryParam("dimension", dimension);
        for (UUID project : v.projects()) {
            request = request.queryParam("projectId", project);
        }
        if (v.district() != null) {
            request = request.queryParam("district", v.district());
        }
        if (v.women()) {
            request = request.queryParam("targetGroup", "women");
        }
        if (v.noQualification()) {
            request = request.queryParam("targetGroup", "withoutQualification");
        }
        return request.when()
                .get("/api/v1/statistics/breakdown")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The mentees a breakdown row stands for. */
    private static Predicate<Mentee> attribute(String dimension, String key, LocalDate to) {
        return switch (dimension) {
            case "gender" -> m -> m.gender().equals(key);
            case "qualification" -> m -> (m.noQualification() ? "none" : "academic_abroad").equals(key);
            case "ageGroup" ->
                m -> {
                    int age = to.getYear() - m.born();
                    String group = age < 25
                            ? "under_25"
                            : age < 35 ? "25_34" : age < 45 ? "35_44" : age < 55 ? "45_54" : "55_plus";
                    return group.equals(key);
                };
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    private static Figures figures(JsonPath json, String prefix) {
        return new Figures(
                json.getLong(prefix + "menteesSupported.total"),
                json.getLong(prefix + "menteesSupported.female"),
                json.get(prefix + "employersSupported") == null
                        ? -1
                        : json.getLong(prefix + "employersSupported.total"),
                json.getLong(prefix + "menteesPlaced.total"),
                json.getLong(prefix + "menteesPlaced.female"),
                json.getLong(prefix + "menteesSustainablyIntegrated.total"),
                json.getLong(prefix + "menteesSustainablyIntegrated.female"));
    }

    private static LocalDate quarterStart(String key) {
        int year = Integer.parseInt(key.substring(0, 4));
        int quarter = Integer.parseInt(key.substring(6));
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }
}
