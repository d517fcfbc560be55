package de.amm.casedesk.statistics;

import de.amm.casedesk.codelist.Gender;
import de.amm.casedesk.codelist.Nationalities;
import de.amm.casedesk.codelist.PlacementType;
import de.amm.casedesk.codelist.Qualification;
import de.amm.casedesk.codelist.ResidenceStatus;
import de.amm.casedesk.codelist.Sector;
import de.amm.casedesk.codelist.Topic;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;
import de.amm.casedesk.common.cache.PublicAnswers;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.StatisticsAccess;
import de.amm.casedesk.programme.District;
import de.amm.casedesk.programme.ProgrammePhase;
import de.amm.casedesk.programme.ProgrammeService;
import de.amm.casedesk.project.ProjectService;
import de.amm.casedesk.referral.ReferralOutcome;
import de.amm.casedesk.statistics.StatisticsApi.AppliedFilters;
import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsApi.BreakdownRow;
import de.amm.casedesk.statistics.StatisticsApi.EmployerFigure;
import de.amm.casedesk.statistics.StatisticsApi.FollowUpFigure;
import de.amm.casedesk.statistics.StatisticsApi.KeyResults;
import de.amm.casedesk.statistics.StatisticsApi.MenteeFigure;
import de.amm.casedesk.statistics.StatisticsApi.Period;
import de.amm.casedesk.statistics.StatisticsRepository.KeyResultTallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The key results and their breakdowns for a caller: who sees which projects' figures, and exactly or under
 * disclosure control, is {@link ProjectAccess#statistics()}'s decision; the counting is the repository's; this
 * service checks the request, releases the figures under disclosure control where the caller gets no exact ones
 * ({@link Disclosure}) and presents them with labels.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    /** The request's filters as given. */
    public record Filters(
            LocalDate from,
            LocalDate to,
            String phase,
            List<UUID> projectIds,
            List<String> districts,
            List<String> targetGroups) {}

    /** A request resolved against the caller's rights. */
    record Resolved(StatisticsQuery query, AppliedFilters applied, boolean withhold) {}

    public static final LocalDate PHASE_TWO_START = LocalDate.of(2020, 1, 1);

    private static final List<String> TARGET_GROUPS = List.of("women", "withoutQualification");

    private final StatisticsRepository repository;
    private final ProjectAccess access;
    private final ProgrammeService programme;
    private final ProjectService projects;
    private final Clock clock;
    private final PublicAnswers answers;

    public StatisticsService(
            StatisticsRepository repository,
            ProjectAccess access,
            ProgrammeService programme,
            ProjectService projects,
            Clock clock,
            PublicAnswers answers) {
        this.answers = answers;
        this.repository = repository;
        this.access = access;
        this.programme = programme;
        this.projects = projects;
        this.clock = clock;
    }

    public KeyResults keyResults(Filters filters) {
        return keyResults(resolve(filters, access.statistics()));
    }

    /** The programme's headline: phase 2 onward up to the end of the last completed month, as published. */
    public KeyResults publicKeyResults() {
        Resolved published = published();
        return answers.get(
                PublicAnswers.KEY_RESULTS, "headline " + published.query().to(), () -> keyResults(published));
    }

    /** The published key results by district (every district has its row), under disclosure control. */
    public Breakdown publicKeyResultsByDistrict() {
        Resolved published = published();
        return answers.get(
                PublicAnswers.KEY_RESULTS,
                "districts " + published.query().to(),
                () -> breakdown(Dimension.DISTRICT, published));
    }

    /** What the public gets: phase 2 onward up to the end of the last completed month, all projects, withheld. */
    private Resolved published() {
        LocalDate to = LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
        StatisticsQuery query = new StatisticsQuery(PHASE_TWO_START, to, Set.of(), Set.of(), false, false);
        return new Resolved(query, new AppliedFilters(List.of(), List.of(), null, List.of()), true);
    }

    KeyResults keyResults(Resolved r) {
        StatisticsQuery q = r.query();
        KeyResultTallies tallies =
                repository.keyResults(q, StatisticsRepository.Grouping.NONE).get("");
        StatisticsRepository.Staffing staffing = repository.staffing(q, q.to());
        return new KeyResults(
                new Period(q.from(), q.to()),
                r.applied(),
                KeyResultDefinitions.VERSION,
                figure(tallies.supported(), r.withhold()),
                new EmployerFigure(tallies.employers().total()),
                figure(tallies.placed(), r.withhold()),
                figure(tallies.sustainable(), r.withhold()),
                staffing.projects(),
                staffing.mentors(),
                r.withhold(),
                r.withhold() ? Disclosure.NOTE : null);
    }

    public Breakdown breakdown(Dimension dimension, Filters filters) {
        return breakdown(dimension, resolve(filters, access.statistics()));
    }

    Breakdown breakdown(Dimension dimension, Resolved r) {
        StatisticsQuery q = r.query();
        List<Group> groups = groups(dimension, q);
        if (r.withhold()) {
            // every value of the dimension gets its row, so that a row's presence tells nothing
            groups = withEveryValue(dimension, q, groups);
        }
        List<BreakdownRow> rows;
        BreakdownRow total = null;
        switch (dimension.kind) {
            case KEY_RESULTS, KEY_RESULTS_BY_PERIOD -> {
                KeyResultTallies whole = dimension.hasTotal()
                        ? repository
                                .keyResults(q, StatisticsRepository.Grouping.NONE)
                                .get("")
                        : null;
                rows = keyResultRows(groups, whole, r.withhold());
                if (whole != null) {
                    total = keyResultRows(
                                    List.of(new Group(
                                            null, new Labels("Gesamt", "Total"), whole, null, null, null, null)),
                                    null,
                                    r.withhold())
                            .getFirst();
                }
            }
            case PLACEMENTS -> rows = placementRows(groups, r.withhold());
            case ACTIVITIES -> rows = activityRows(groups, r.withhold());
            case FOLLOW_UPS -> rows = followUpRows(groups, r.withhold());
            case REFERRALS -> rows = referralRows(groups, r.withhold());
            default -> throw new IllegalStateException(dimension.name());
        }
        return new Breakdown(
                dimension,
                new Period(q.from(), q.to()),
                r.applied(),
                KeyResultDefinitions.VERSION,
                rows,
                total,
                r.withhold(),
                r.withhold() ? Disclosure.NOTE : null);
    }

    // --- the request against the caller's rights -------------------------------------------------------

    Resolved resolve(Filters f, StatisticsAccess rights) {
        List<FieldRule.Violation> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (f.phase() != null) {
            ProgrammePhase phase = programme.phases().stream()
                    .filter(p -> p.code.equals(f.phase()))
                    .findFirst()
                    .orElse(null);
            if (phase == null) {
                errors.add(FieldRule.ONE_OF.on("phase", "allowed", "model, phase2, phase3"));
            } else {
                from = from == null || from.isBefore(phase.startsOn) ? phase.startsOn : from;
                LocalDate end = phase.endsOn.isAfter(today) && f.to() == null ? today : phase.endsOn;
                to = to == null || to.isAfter(end) ? end : to;
            }
        }
        from = from == null ? PHASE_TWO_START : from;
        LocalDate lastCompletedMonthEnd = today.withDayOfMonth(1).minusDays(1);
        if (!rights.exact()) {
            // released figures cover whole, completed months only: no free day ranges to subtract
            if (to == null || (f.to() == null && to.isAfter(lastCompletedMonthEnd))) {
                to = to == null || to.isAfter(lastCompletedMonthEnd) ? lastCompletedMonthEnd : to;
            }
            if (from.getDayOfMonth() != 1) {
                errors.add(FieldRule.MONTH_START.on("from"));
            }
            if (!to.plusDays(1).equals(to.plusDays(1).withDayOfMonth(1))) {
                errors.add(FieldRule.MONTH_END.on("to"));
            }
            if (to.isAfter(lastCompletedMonthEnd)) {
                errors.add(FieldRule.COMPLETED_MONTHS.on("to", "max", lastCompletedMonthEnd));
            }
            // one district or one project, or all: no repeated filters to combine
            if (f.districts().size() > 1) {
                errors.add(FieldRule.AT_MOST_ONE.on("district"));
            }
            if (f.projectIds().size() > 1) {
                errors.add(FieldRule.AT_MOST_ONE.on("projectId"));
            }
            if (!f.districts().isEmpty() && !f.projectIds().isEmpty()) {
                errors.add(FieldRule.NOT_WITH.on("district", "other", "projectId"));
            }
        }
        to = to == null ? today : to;
        if (from.isAfter(to)) {
            errors.add(FieldRule.PERIOD_EMPTY.on(f.phase() != null ? "phase" : "from"));
        }
        if (from.isBefore(LocalDate.of(2000, 1, 1)) || to.isAfter(LocalDate.of(2100, 1, 1))) {
            errors.add(FieldRule.PERIOD_RANGE.on("from", "min", "2000-01-01", "max", "2100-01-01"));
        }
        Set<String> districts = new LinkedHashSet<>(f.districts());
        for (String code : programme.unknownDistricts(districts)) {
            errors.add(FieldRule.UNKNOWN_DISTRICT.on("district", "value", code));
        }
        Set<String> targets = new LinkedHashSet<>(f.targetGroups());
        for (String target : targets) {
            if (!TARGET_GROUPS.contains(target)) {
                errors.add(FieldRule.ONE_OF.on("targetGroup", "allowed", String.join(", ", TARGET_GROUPS)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Set<UUID> requested = new LinkedHashSet<>(f.projectIds());
        Set<UUID> effective;
        if (rights.nationwide()) {
            for (UUID project : requested) {
                if (!projects.exists(project)) {
                    throw ApiException.notFound("Project");
                }
            }
            effective = requested;
        } else {
            for (UUID project : requested) {
                if (!rights.projects().includes(project)) {
                    throw ApiException.notFound("Project");
                }
            }
            effective = requested.isEmpty() ? rights.projects().projectIds() : requested;
            if (effective.isEmpty()) {
                throw new ApiException(ProblemType.FORBIDDEN, "You work in no project");
            }
        }
        StatisticsQuery query = new StatisticsQuery(
                from,
                to,
                Set.copyOf(effective),
                Set.copyOf(districts),
                targets.contains("women"),
                targets.contains("withoutQualification"));
        AppliedFilters applied = new AppliedFilters(
                effective.stream().sorted().toList(),
                districts.stream().sorted().toList(),
                f.phase(),
                targets.stream().sorted().toList());
        return new Resolved(query, applied, !rights.exact());
    }

    // --- groups ----------------------------------------------------------------------------------------

    /** One group of a breakdown before withholding. */
    private record Group(
            String key,
            Labels label,
            KeyResultTallies keyResults,
            Tally placements,
            Tally activities,
            Map<String, Tally> followUps,
            Tally referrals) {}

    private List<Group> groups(Dimension dimension, StatisticsQuery q) {
        return switch (dimension.kind) {
            case KEY_RESULTS -> keyResultGroups(dimension, q);
            case KEY_RESULTS_BY_PERIOD -> periodGroups(dimension, q);
            case PLACEMENTS -> {
                List<Group> groups = new ArrayList<>();
                Function<String, Labels> label = labels(dimension, List.of());
                repository.placements(q, dimension.placementGrouping).entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(Comparator.nullsLast(String::compareTo)))
                        .forEach(e -> groups.add(
                                new Group(e.getKey(), label.apply(e.getKey()), null, e.getValue(), null, null, null)));
                yield groups;
            }
            case ACTIVITIES -> {
                Map<String, Tally> topics = repository.activitiesByTopic(q);
                List<Group> groups = new ArrayList<>();
                for (Topic topic : Topic.values()) {
                    if (topics.containsKey(topic.code())) {
                        groups.add(new Group(
                                topic.code(), topic.labels(), null, null, topics.get(topic.code()), null, null));
                    }
                }
                yield groups;
            }
            case FOLLOW_UPS -> {
                List<Group> groups = new ArrayList<>();
                repository
                        .followUps(q)
                        .forEach((months, results) -> groups.add(new Group(
                                months.toString(),
                                new Labels("nach " + months + " Monaten", "after " + months + " months"),
                                null,
                                null,
                                null,
                                results,
                                null)));
                yield groups;
            }
            case REFERRALS -> {
                Map<String, Tally> outcomes = repository.referralsByOutcome(q);
                List<Group> groups = new ArrayList<>();
                for (ReferralOutcome outcome : ReferralOutcome.values()) {
                    if (outcomes.containsKey(outcome.code())) {
                        groups.add(new Group(
                                outcome.code(),
                                outcome.labels(),
                                null,
                                null,
                                null,
                                null,
                                outcomes.get(outcome.code())));
                    }
                }
                yield groups;
            }
        };
    }

    /** The groups, in the dimension's order, with a zero group for every value that had none. */
    private List<Group> withEveryValue(Dimension dimension, StatisticsQuery q, List<Group> groups) {
        List<String> values = everyValue(dimension, q);
        if (values == null) {
            return groups;
        }
        Map<String, Group> byKey = new LinkedHashMap<>();
        groups.forEach(g -> byKey.put(g.key(), g));
        Function<String, Labels> label =
                labels(dimension, values.stream().filter(v -> v != null).toList());
        List<Group> all = new ArrayList<>();
        for (String value : values) {
            Group group = byKey.remove(value);
            all.add(group != null ? group : zero(dimension, value, label.apply(value)));
        }
        all.addAll(byKey.values());
        if (dimension == Dimension.PROJECT) {
            all.sort(Comparator.comparing(g -> g.label().de()));
        }
        return all;
    }

    private static Group zero(Dimension dimension, String key, Labels label) {
        return switch (dimension.kind) {
            case KEY_RESULTS, KEY_RESULTS_BY_PERIOD ->
                new Group(key, label, KeyResultTallies.ZERO, null, null, null, null);
            case PLACEMENTS -> new Group(key, label, null, Tally.ZERO, null, null, null);
            case ACTIVITIES -> new Group(key, label, null, null, Tally.ZERO, null, null);
            case FOLLOW_UPS -> new Group(key, label, null, null, null, Map.of(), null);
            case REFERRALS -> new Group(key, label, null, null, null, null, Tally.ZERO);
        };
    }

    /** Every value a dimension can take in the query (null: unknown); null for the time dimensions. */
    private List<String> everyValue(Dimension dimension, StatisticsQuery q) {
        List<String> values = new ArrayList<>();
        switch (dimension) {
            case PROJECT ->
                (q.allProjects() ? projects.ids() : List.copyOf(q.projects())).forEach(id -> values.add(id.toString()));
            case DISTRICT -> {
                if (q.districts().isEmpty()) {
                    programme.districts().forEach(d -> values.add(d.ags));
                    values.add(null);
                } else {
                    values.addAll(q.districts().stream().sorted().toList());
                }
            }
            case GENDER -> codes(Gender.class, values, false);
            case AGE_GROUP -> values.addAll(AgeGroups.LABELS.keySet());
            case QUALIFICATION -> codes(Qualification.class, values, true);
            case RESIDENCE_STATUS -> codes(ResidenceStatus.class, values, true);
            case NATIONALITY -> {
                values.addAll(repository.nationalities());
                values.add(null);
            }
            case PLACEMENT_TYPE -> codes(PlacementType.class, values, false);
            case EMPLOYER_SECTOR -> codes(Sector.class, values, true);
            case TOPIC -> codes(Topic.class, values, false);
            case FOLLOW_UP -> values.addAll(List.of("3", "6", "12"));
            case REFERRAL_OUTCOME -> codes(ReferralOutcome.class, values, false);
            case QUARTER, YEAR, PHASE -> {
                return null;
            }
        }
        return values;
    }

    private static <E extends Enum<E> & Coded> void codes(Class<E> type, List<String> values, boolean unknown) {
        for (E value : type.getEnumConstants()) {
            values.add(value.code());
        }
        if (unknown) {
            values.add(null);
        }
    }

    private List<Group> keyResultGroups(Dimension dimension, StatisticsQuery q) {
        Map<String, KeyResultTallies> grouped = repository.keyResults(q, dimension.grouping);
        if (dimension == Dimension.AGE_GROUP) {
            grouped = AgeGroups.of(grouped, q.to().getYear());
        }
        Function<String, Labels> label = labels(dimension, grouped.keySet());
        List<Group> groups = new ArrayList<>();
        grouped.forEach(
                (key, tallies) -> groups.add(new Group(key, label.apply(key), tallies, null, null, null, null)));
        if (dimension == Dimension.PROJECT) {
            groups.sort(Comparator.comparing(g -> g.label().de()));
        }
        return groups;
    }

    private List<Group> periodGroups(Dimension dimension, StatisticsQuery q) {
        List<LocalDate> starts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Labels> labels = new ArrayList<>();
        if (dimension == Dimension.PHASE) {
            for (ProgrammePhase phase : programme.phases()) {
                if (!phase.endsOn.isBefore(q.from()) && !phase.startsOn.isAfter(q.to())) {
                    starts.add(phase.startsOn.isBefore(q.from()) ? q.from() : phase.startsOn);
                    keys.add(phase.code);
                    labels.add(new Labels(phase.nameDe, phase.nameEn));
                }
            }
        } else {
            int months = dimension == Dimension.QUARTER ? 3 : 12;
            LocalDate start = dimension == Dimension.QUARTER
                    ? q.from()
                            .withMonth(((q.from().getMonthValue() - 1) / 3) * 3 + 1)
                            .withDayOfMonth(1)
                    : q.from().withDayOfYear(1);
            for (LocalDate s = start; !s.isAfter(q.to()); s = s.plusMonths(months)) {
                starts.add(s.isBefore(q.from()) ? q.from() : s);
                if (dimension == Dimension.QUARTER) {
                    int quarter = (s.getMonthValue() - 1) / 3 + 1;
                    keys.add(s.getYear() + "-Q" + quarter);
                    labels.add(new Labels(quarter + ". Quartal " + s.getYear(), "Q" + quarter + " " + s.getYear()));
                } else {
                    keys.add(Integer.toString(s.getYear()));
                    labels.add(new Labels(Integer.toString(s.getYear()), Integer.toString(s.getYear())));
                }
            }
            if (starts.size() > 120) {
                throw ApiException.invalid(FieldRule.TOO_MANY_GROUPS.on("dimension", "max", 120));
            }
        }
        List<Group> groups = new ArrayList<>();
        if (starts.isEmpty()) {
            return groups;
        }
        List<KeyResultTallies> tallies = repository.byPeriods(q, starts);
        for (int i = 0; i < starts.size(); i++) {
            groups.add(new Group(keys.get(i), labels.get(i), tallies.get(i), null, null, null, null));
        }
        return groups;
    }

    // --- rows, released under disclosure control where needed ----------------------------------------------

    private static MenteeFigure figure(Tally tally, boolean withhold) {
        return withhold ? Disclosure.figure(tally) : Disclosure.exact(tally);
    }

    private static Count count(Tally tally, boolean withhold) {
        return withhold ? Disclosure.release(tally.total(), tally.totalKeys()) : Count.of(tally.total());
    }

    private static List<BreakdownRow> keyResultRows(List<Group> groups, KeyResultTallies whole, boolean withhold) {
        List<BreakdownRow> rows = new ArrayList<>();
        for (Group g : groups) {
            Tally employers = g.keyResults().employers();
            rows.add(new BreakdownRow(
                    g.key(),
                    g.label(),
                    figure(g.keyResults().supported(), withhold),
                    employers == null ? null : new EmployerFigure(employers.total()),
                    figure(g.keyResults().placed(), withhold),
                    figure(g.keyResults().sustainable(), withhold),
                    null,
                    null,
                    null,
                    null));
        }
        return rows;
    }

    private static List<BreakdownRow> placementRows(List<Group> groups, boolean withhold) {
        List<BreakdownRow> rows = new ArrayList<>();
        for (Group g : groups) {
            rows.add(new BreakdownRow(
                    g.key(), g.label(), null, null, null, null, figure(g.placements(), withhold), null, null, null));
        }
        return rows;
    }

    private static List<BreakdownRow> activityRows(List<Group> groups, boolean withhold) {
        List<BreakdownRow> rows = new ArrayList<>();
        groups.forEach(g -> rows.add(new BreakdownRow(
                g.key(), g.label(), null, null, null, null, null, count(g.activities(), withhold), null, null)));
        return rows;
    }

    private static List<BreakdownRow> referralRows(List<Group> groups, boolean withhold) {
        List<BreakdownRow> rows = new ArrayList<>();
        groups.forEach(g -> rows.add(new BreakdownRow(
                g.key(), g.label(), null, null, null, null, null, null, null, count(g.referrals(), withhold))));
        return rows;
    }

    private static List<BreakdownRow> followUpRows(List<Group> groups, boolean withhold) {
        List<BreakdownRow> rows = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Tally> results = g.followUps();
            Count stillThere = count(results.getOrDefault("still_there", Tally.ZERO), withhold);
            Count left = count(results.getOrDefault("left", Tally.ZERO), withhold);
            Count notReachable = count(results.getOrDefault("not_reachable", Tally.ZERO), withhold);
            Count open = count(results.getOrDefault("open", Tally.ZERO), withhold);
            Double share = null;
            if (!stillThere.withheld() && !left.withheld() && !notReachable.withheld()) {
                long recorded = stillThere.value() + left.value() + notReachable.value();
                share = recorded == 0 ? null : (double) stillThere.value() / recorded;
            }
            rows.add(new BreakdownRow(
                    g.key(),
                    g.label(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    new FollowUpFigure(stillThere, left, notReachable, open, share),
                    null));
        }
        return rows;
    }

    // --- labels --------------------------------------------------------------------------------------------

    private static final Labels UNKNOWN = new Labels("unbekannt", "unknown");

    /** The labels of a dimension's groups. */
    private Function<String, Labels> labels(Dimension dimension, java.util.Collection<String> keys) {
        return switch (dimension.labelled) {
            case PROJECT -> {
                Map<UUID, String> names =
                        projects.names(keys.stream().map(UUID::fromString).toList());
                yield key -> {
                    String name = names.getOrDefault(UUID.fromString(key), key);
                    return new Labels(name, name);
                };
            }
            case DISTRICT -> {
                Map<String, String> names = new HashMap<>();
                for (District d : programme.districts()) {
                    names.put(d.ags, d.name);
                }
                yield ags ->
                        ags == null ? UNKNOWN : new Labels(names.getOrDefault(ags, ags), names.getOrDefault(ags, ags));
            }
            case GENDER -> code -> codeLabel(Gender.class, code);
            case AGE_GROUP -> code -> AgeGroups.LABELS.getOrDefault(code, UNKNOWN);
            case NATIONALITY -> code -> code == null ? UNKNOWN : Nationalities.labels(code);
            case RESIDENCE_STATUS -> code -> codeLabel(ResidenceStatus.class, code);
            case QUALIFICATION -> code -> codeLabel(Qualification.class, code);
            case PLACEMENT_TYPE -> code -> codeLabel(PlacementType.class, code);
            case SECTOR -> code -> codeLabel(Sector.class, code);
            case REFERRAL_OUTCOME -> code -> codeLabel(ReferralOutcome.class, code);
            case TOPIC, FOLLOW_UP, PERIOD -> code -> new Labels(code, code);
        };
    }

    private static <E extends Enum<E> & Coded> Labels codeLabel(Class<E> type, String code) {
        if (code == null) {
            return UNKNOWN;
        }
        try {
            return Coded.of(type, code).labels();
        } catch (IllegalArgumentException e) {
            return new Labels(code, code);
        }
    }

    /** The age groups of a breakdown: mentees by year of birth, summed into groups by their age in a year. */
    static final class AgeGroups {
        static final Map<String, Labels> LABELS = new LinkedHashMap<>();

        static {
            LABELS.put("under_25", new Labels("unter 25", "under 25"));
            LABELS.put("25_34", new Labels("25 bis 34", "25 to 34"));
            LABELS.put("35_44", new Labels("35 bis 44", "35 to 44"));
            LABELS.put("45_54", new Labels("45 bis 54", "45 to 54"));
            LABELS.put("55_plus", new Labels("55 und älter", "55 and older"));
            LABELS.put("unknown", new Labels("unbekannt", "unknown"));
        }

        private AgeGroups() {}

        /** The group of a mentee born in {@code birthYear} (null: unknown), by their age in {@code year}. */
        static String of(String birthYear, int year) {
            if (birthYear == null) {
                return "unknown";
            }
            int age = year - Integer.parseInt(birthYear);
            return age < 25 ? "under_25" : age < 35 ? "25_34" : age < 45 ? "35_44" : age < 55 ? "45_54" : "55_plus";
        }

        /** Figures by year of birth summed into age groups (a mentee has one year of birth, so they add up). */
        static Map<String, KeyResultTallies> of(Map<String, KeyResultTallies> byBirthYear, int year) {
            Map<String, KeyResultTallies> groups = new LinkedHashMap<>();
            byBirthYear.forEach((birthYear, tallies) -> groups.merge(of(birthYear, year), tallies, AgeGroups::plus));
            Map<String, KeyResultTallies> ordered = new LinkedHashMap<>();
            LABELS.keySet().forEach(key -> {
                if (groups.containsKey(key)) {
                    ordered.put(key, groups.get(key));
                }
            });
            return ordered;
        }

        private static KeyResultTallies plus(KeyResultTallies a, KeyResultTallies b) {
            return new KeyResultTallies(
                    a.supported().plus(b.supported()),
                    a.employers() == null ? null : a.employers().plus(b.employers()),
                    a.placed().plus(b.placed()),
                    a.sustainable().plus(b.sustainable()));
        }
    }
}
