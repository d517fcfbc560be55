package de.amm.casedesk.bulk;

import de.amm.casedesk.bulk.Rows.ActivityRow;
import de.amm.casedesk.bulk.Rows.CaseRow;
import de.amm.casedesk.bulk.Rows.EmployerRow;
import de.amm.casedesk.bulk.Rows.FollowUpRow;
import de.amm.casedesk.bulk.Rows.MembershipRow;
import de.amm.casedesk.bulk.Rows.MenteeRow;
import de.amm.casedesk.bulk.Rows.PersonRow;
import de.amm.casedesk.bulk.Rows.PlacementRow;
import de.amm.casedesk.bulk.Rows.ProjectRow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statistics benchmark's nation-scale dataset (scripts/benchmark statistics), written through the same
 * {@link CaseRecordWriter} as the demo data and the test fixtures: 200 projects with 5 mentors each, 100,000
 * employers, 1,000,000 mentees, 1,200,000 cases, 5,000,000 activities, 600,000 placements with their follow-ups,
 * spread over the ten years up to today. Values come from hashes of the row number, so every run builds the same
 * data (relative to the day it runs). Run as a plain Java program on a migrated, empty database:
 *
 * <pre>java -cp "quarkus-app/lib/main/*:quarkus-app/app/*" de.amm.casedesk.bulk.BenchmarkData jdbc-url user password</pre>
 */
public final class BenchmarkData {

    static final int PROJECTS = 200;
    static final int MENTORS_PER_PROJECT = 5;
    static final int CHUNK = 50_000;

    private final int menteesCount;
    private final int employersCount;
    private final int menteeActivitiesCount;
    private final int employerActivitiesCount;
    private final int placedMenteesCount;
    private final int placementsCount;

    private static final String[] DISTRICTS = {
        "14511", "14521", "14522", "14523", "14524", "14612", "14625", "14626", "14627", "14628", "14713", "14729",
        "14730"
    };
    private static final String[] TOPICS = {
        "job_search", "applications", "recognition", "language_course", "vocational_training", "residence_law",
        "childcare", "housing", "authority_accompaniment", "social_benefits", "health", "other"
    };

    private final LocalDate today;

    /** The dataset for {@code mentees} mentees (1,000,000 for the benchmark), everything else in proportion. */
    BenchmarkData(LocalDate today, int mentees) {
        this.today = today;
        this.menteesCount = mentees;
        this.employersCount = mentees / 10;
        this.menteeActivitiesCount = mentees / 2 * 9;
        this.employerActivitiesCount = mentees / 2;
        this.placedMenteesCount = mentees / 2;
        this.placementsCount = mentees / 10 * 6;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: BenchmarkData <jdbc-url> <user> <password> [mentees, default 1000000]");
            System.exit(2);
        }
        int mentees = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            BenchmarkData data = new BenchmarkData(LocalDate.now(ZoneId.of("Europe/Berlin")), mentees);
            BulkLoadRepository.load(connection, data::write);
            connection.commit();
        }
        System.out.printf(
                "Dataset written through the bulk writer in %d s (statistics rebuilt)%n",
                (System.nanoTime() - started) / 1_000_000_000);
    }

    void write(CaseRecordWriter writer) {
        writer.projects(projects());
        List<PersonRow> persons = new ArrayList<>();
        List<MembershipRow> memberships = new ArrayList<>();
        for (int n = 1; n <= PROJECTS * MENTORS_PER_PROJECT; n++) {
            persons.add(new PersonRow(id(2, n), null, "Mentor " + n, null));
            memberships.add(new MembershipRow(
                    id(3, n),
                    id(1, 1 + (n - 1) / MENTORS_PER_PROJECT),
                    id(2, n),
                    n % MENTORS_PER_PROJECT == 1 ? "project_lead" : "mentor",
                    today.minusDays(3650)));
        }
        writer.persons(persons);
        writer.memberships(memberships);
        List<EmployerRow> employers = new ArrayList<>();
        for (int e = 1; e <= employersCount; e++) {
            int k = 1 + (e - 1) % PROJECTS;
            employers.add(new EmployerRow(
                    id(4, e),
                    id(1, k),
                    "Betrieb " + e,
                    String.valueOf((char) ('A' + h(e, 8) % 21)),
                    pick(new String[] {"micro", "small", "medium", "large"}, h(e, 9)),
                    districtOf(k),
                    null,
                    null,
                    null,
                    null));
        }
        writer.employers(employers);
        for (int from = 1; from <= menteesCount; from += CHUNK) {
            menteesAndCases(writer, from, Math.min(menteesCount, from + CHUNK - 1));
        }
        for (long from = 1; from <= menteeActivitiesCount + employerActivitiesCount; from += CHUNK * 4L) {
            activities(writer, from, Math.min(menteeActivitiesCount + employerActivitiesCount, from + CHUNK * 4L - 1));
        }
        for (int from = 1; from <= placementsCount; from += CHUNK) {
            placements(writer, from, Math.min(placementsCount, from + CHUNK - 1));
        }
    }

    private List<ProjectRow> projects() {
        List<ProjectRow> projects = new ArrayList<>();
        for (int k = 1; k <= PROJECTS; k++) {
            projects.add(new ProjectRow(
                    id(1, k),
                    "Benchmark-Projekt " + k,
                    "Träger " + k,
                    "Hauptstraße " + k,
                    "%05d".formatted(1000 + k),
                    "Ort " + k,
                    null,
                    "projekt" + k + "@bench.example",
                    null,
                    null,
                    List.of("de", "en"),
                    BigDecimal.valueOf(50.2 + h(k, 1) % 1000 / 1000.0 * 1.4),
                    BigDecimal.valueOf(12.0 + h(k, 2) % 1000 / 1000.0 * 3.0),
                    BigDecimal.valueOf(5),
                    BigDecimal.valueOf(250_000),
                    List.of(districtOf(k))));
        }
        return projects;
    }

    /** Every mentee's first case starts when they registered; every fifth mentee has a second case. */
    private void menteesAndCases(CaseRecordWriter writer, int from, int to) {
        List<MenteeRow> mentees = new ArrayList<>();
        List<CaseRow> cases = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            int k = projectOf(i);
            int g = h(i, 12) % 100;
            mentees.add(new MenteeRow(
                    id(5, i),
                    id(1, k),
                    "B%08d".formatted(i),
                    pick(new String[] {"Amina", "Omar", "Yana", "Ali", "Fatima", "Dmytro", "Sara", "Hamid"}, h(i, 10)),
                    pick(
                            new String[] {"Haddad", "Kovalenko", "Rahimi", "Mansour", "Tesfaye", "Nowak", "Yilmaz"},
                            h(i, 11)),
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    g < 35 ? "female" : g < 97 ? "male" : g < 98 ? "diverse" : "not_stated",
                    1960 + h(i, 13) % 46,
                    pick(
                            new String[] {"SY", "AF", "UA", "IQ", "ER", "IR", "TR", "RU", "VE", "SO", "PL", "VN"},
                            h(i, 14)),
                    pick(
                            new String[] {
                                "asylum_seeker",
                                "tolerated",
                                "humanitarian",
                                "other_permit",
                                "settlement_permit",
                                "eu_free_movement",
                                "german_citizen",
                                "other_unknown"
                            },
                            h(i, 15)),
                    pick(
                            new String[] {
                                "none",
                                "none",
                                "none",
                                "vocational_abroad",
                                "vocational_abroad",
                                "academic_abroad",
                                "german_vocational",
                                "german_academic",
                                null
                            },
                            h(i, 16)),
                    null,
                    pick(new String[] {"none", "a1", "a2", "b1", "b2", "c1"}, h(i, 17)),
                    h(i, 18) % 10 == 0 ? DISTRICTS[h(i, 19) % DISTRICTS.length] : districtOf(k),
                    "jobcenter",
                    null,
                    List.of(),
                    registered(i).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            LocalDate start = registered(i);
            LocalDate end = endBeforeToday(start.plusDays(30 + h(i, 2) % 700));
            cases.add(new CaseRow(
                    id(6, 1_000_000L + i), id(1, k), id(5, i), lead(k, i, 21), start, end, closing(end, i)));
            if (i % 5 == 0) {
                boolean sameProject = i % 10 == 5 && end != null;
                int second = sameProject ? k : k % PROJECTS + 1;
                LocalDate secondStart = sameProject ? end.plusDays(30 + h(i, 3) % 400) : start.plusDays(h(i, 3) % 500);
                LocalDate latest = today.minusDays(h(i, 20) % 10);
                if (secondStart.isAfter(latest)) {
                    secondStart = latest;
                }
                LocalDate secondEnd = endBeforeToday(secondStart.plusDays(30 + h(i, 4) % 600));
                cases.add(new CaseRow(
                        id(6, 2_000_000L + i),
                        id(1, second),
                        id(5, i),
                        lead(second, i, 21),
                        secondStart,
                        secondEnd,
                        closing(secondEnd, i)));
            }
        }
        writer.mentees(mentees);
        writer.cases(cases);
    }

    /** Activities with mentees (about every two months while they are supported), then with employers. */
    private void activities(CaseRecordWriter writer, long from, long to) {
        List<ActivityRow> activities = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            if (n <= menteeActivitiesCount) {
                int i = (int) ((n - 1) % menteesCount + 1);
                int k = projectOf(i);
                LocalDate on = registered(i).plusDays((n - 1) / menteesCount * 60 + h(n, 24) % 60);
                List<String> topics = h(n, 27) % 3 == 0
                        ? List.of(pick(TOPICS, h(n, 28)), "job_search")
                        : List.of(pick(TOPICS, h(n, 28)));
                activities.add(new ActivityRow(
                        id(7, n),
                        id(1, k),
                        id(5, i),
                        null,
                        null,
                        lead(k, n, 23),
                        on.isAfter(today) ? today : on,
                        15 + h(n, 25) % 90,
                        pick(new String[] {"in_person", "phone", "video", "message"}, h(n, 26)),
                        topics.stream().distinct().toList(),
                        null));
            } else {
                long m = n - menteeActivitiesCount;
                int e = (int) ((m - 1) % employersCount + 1);
                int k = 1 + (e - 1) % PROJECTS;
                activities.add(new ActivityRow(
                        id(7, n),
                        id(1, k),
                        null,
                        id(4, e),
                        null,
                        lead(k, m, 29),
                        today.minusDays(1 + h(m, 30) % 3650),
                        15 + h(m, 31) % 60,
                        pick(new String[] {"in_person", "phone", "video"}, h(m, 32)),
                        List.of("employer_advice"),
                        null));
            }
        }
        writer.activities(activities);
    }

    /** 500,000 mentees get a placement, the first 100,000 of them a second one later; follow-ups at 3, 6, 12. */
    private void placements(CaseRecordWriter writer, int from, int to) {
        List<PlacementRow> placements = new ArrayList<>();
        List<FollowUpRow> followUps = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            int i = (int) (((long) (n - 1) % placedMenteesCount) * 7 % menteesCount + 1);
            int k = projectOf(i);
            LocalDate start =
                    registered(i).plusDays(60 + h(i, 33) % 340 + (n > placedMenteesCount ? 200 + h(n, 34) % 400 : 0));
            LocalDate latest = today.minusDays(h(n, 37) % 20);
            if (start.isAfter(latest)) {
                start = latest;
            }
            LocalDate end = h(n, 35) % 10 >= 6 ? endBeforeToday(start.plusDays(30 + h(n, 36) % 900)) : null;
            String type = pick(
                    new String[] {
                        "employment",
                        "employment",
                        "employment",
                        "employment",
                        "employment",
                        "vocational_training",
                        "vocational_training",
                        "self_employment",
                        "marginal_employment",
                        "entry_qualification",
                        "internship"
                    },
                    h(n, 38));
            placements.add(new PlacementRow(
                    id(8, n),
                    id(1, k),
                    id(5, i),
                    type.equals("self_employment")
                            ? null
                            : id(4, k + PROJECTS * (h(n, 39) % Math.max(1, employersCount / PROJECTS))),
                    type,
                    start,
                    end,
                    end == null
                            ? null
                            : pick(new String[] {"contract_ended", "resigned", "dismissed", "other"}, h(n, 40)),
                    BigDecimal.valueOf(type.equals("marginal_employment") ? 10 : 39),
                    "Fachkraft"));
            for (int months : new int[] {3, 6, 12}) {
                LocalDate due = start.plusMonths(months);
                if (!due.isBefore(today.plusDays(90))) {
                    continue;
                }
                boolean recorded = due.isBefore(today);
                String result = !recorded
                        ? null
                        : end == null || !end.isBefore(due)
                                ? (h(n, 41) % 20 == 0 ? "not_reachable" : "still_there")
                                : "left";
                followUps.add(new FollowUpRow(
                        id(9, n * 100L + months),
                        id(1, k),
                        id(8, n),
                        id(5, i),
                        months,
                        due,
                        recorded ? due : null,
                        result,
                        null));
            }
        }
        writer.placements(placements);
        writer.followUps(followUps);
    }

    private LocalDate registered(int mentee) {
        return today.minusDays(3650).plusDays((long) (mentee - 1) * 3650 / menteesCount);
    }

    private LocalDate endBeforeToday(LocalDate end) {
        return end.isBefore(today) ? end : null;
    }

    private static String closing(LocalDate end, int mentee) {
        return end == null
                ? null
                : pick(
                        new String[] {"placed_stable", "moved_away", "unreachable", "no_longer_wanted", "other"},
                        h(mentee, 22));
    }

    private static UUID lead(int project, long n, int salt) {
        return id(2, (long) (project - 1) * MENTORS_PER_PROJECT + 1 + h(n, salt) % MENTORS_PER_PROJECT);
    }

    private int projectOf(int mentee) {
        return 1 + h(mentee, 5) % PROJECTS;
    }

    private static String districtOf(int project) {
        return DISTRICTS[(project - 1) % DISTRICTS.length];
    }

    /** A stable id (UUID version 7 layout) per kind of row and row number. */
    static UUID id(int kind, long n) {
        return new UUID(((long) kind << 32) | 0x7000L, 0x8000000000000000L | n);
    }

    /** A stable non-negative pseudo-random int for row n (SplitMix64's finaliser). */
    static int h(long n, int salt) {
        long z = n * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) ((z ^ (z >>> 31)) & 0x7fffffff);
    }

    private static <T> T pick(T[] values, int hash) {
        return values[hash % values.length];
    }
}
