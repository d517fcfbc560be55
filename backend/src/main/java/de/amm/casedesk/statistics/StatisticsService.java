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
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.Problem.FieldError;
import de.amm.casedesk.common.security.CurrentUser;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.ProjectScope;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.programme.District;
import de.amm.casedesk.programme.ProgrammePhase;
import de.amm.casedesk.programme.ProgrammeService;
import de.amm.casedesk.project.ProjectService;
import de.amm.casedesk.statistics.StatisticsApi.AppliedFilters;
import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsApi.BreakdownRow;
import de.amm.casedesk.statistics.StatisticsApi.EmployerFigure;
import de.amm.casedesk.statistics.StatisticsApi.FollowUpFigure;
import de.amm.casedesk.statistics.StatisticsApi.KeyResults;
import de.amm.casedesk.statistics.StatisticsApi.MenteeFigure;
import de.amm.casedesk.statistics.StatisticsApi.Period;
import de.amm.casedesk.statistics.StatisticsRepository.Counts;
import de.amm.casedesk.statistics.StatisticsRepository.Grouping;
import de.amm.casedesk.statistics.StatisticsRepository.MenteeCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The key results and their breakdowns for a caller: project staff see their own projects, the
 * coordination entity and the ministry see all; for the ministry and the public small mentee counts are
 * withheld ({@link Suppression}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    /** The time and attribute groupings of {@code GET /statistics/breakdown}. */
    public enum Dimension {
        PROJECT("project", false),
        DISTRICT("district", false),
        QUARTER("quarter", true),
        YEAR("year", true),
        PHASE("phase", true),
        GENDER("gender", false),
        AGE_GROUP("ageGroup", false),
        NATIONALITY("nationality", false),
        RESIDENCE_STATUS("residenceStatus", false),
        QUALIFICATION("qualification", false),
        PLACEMENT_TYPE("placementType", false),
        EMPLOYER_SECTOR("employerSector", false),
        TOPIC("topic", false),
        FOLLOW_UP("followUp", false);

        public final String code;
        final boolean time;

        Dimension(String code, boolean time) {
            this.code = code;
            this.time = time;
        }

        public static Dimension of(String code) {
            return Arrays.stream(values())
                    .filter(d -> d.code.equals(code))
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalid(
                            "dimension",
                            "must be one of "
                                    + String.join(
                                            ", ",
                                            Arrays.stream(values())
                                                    .map(d -> d.code)
                                                    .toList())));
        }
    }

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

    private final StatisticsRepository repository;
    private final ProjectAccess access;
    private final CurrentUser user;
    private final ProgrammeService programme;
    private final ProjectService projects;

    public StatisticsService(
            StatisticsRepository repository,
            ProjectAccess access,
            CurrentUser user,
            ProgrammeService programme,
            ProjectService projects) {
        this.repository = repository;
        this.access = access;
        this.user = user;
        this.programme = programme;
        this.projects = projects;
    }

    public KeyResults keyResults(Filters filters) {
        return keyResults(resolve(filters));
    }

    /** The programme's headline: phase 2 onward up to the end of the last completed month, as published. */
    public KeyResults publicKeyResults() {
        LocalDate to = LocalDate.now().withDayOfMonth(1).minusDays(1);
        StatisticsQuery query = new StatisticsQuery(PHASE_TWO_START, to, Set.of(), Set.of(), false, false);
        return keyResults(new Resolved(query, new AppliedFilters(List.of(), List.of(), null, List.of()), true));
    }

    KeyResults keyResults(Resolved r) {
        StatisticsQuery q = r.query();
        Counts counts = repository.keyResults(q);
        StatisticsRepository.Staffing staffing = repository.staffing(q, q.to());
        return new KeyResults(
                new Period(q.from(), q.to()),
                r.applied(),
                KeyResultDefinitions.VERSION,
                figure(counts.supported(), r.withhold()),
                new EmployerFigure(counts.employers()),
                figure(counts.placed(), r.withhold()),
                figure(counts.sustainable(), r.withhold()),
                staffing.projects(),
                staffing.mentors(),
                r.withhold());
    }

    public Breakdown breakdown(Dimension dimension, Filters filters) {
        return breakdown(dimension, resolve(filters));
    }

    Breakdown breakdown(Dimension dimension, Resolved r) {
        StatisticsQuery q = r.query();
        List<Group> groups = switch (dimension) {
            case PROJECT -> projectGroups(q);
            case DISTRICT -> attributeGroups(q, Grouping.DISTRICT, districtLabels());
            case GENDER -> attributeGroups(q, "G", "gender", code -> codeLabel(Gender.class, code));
            case AGE_GROUP -> ageGroups(q);
            case NATIONALITY -> attributeGroups(q, "N", "nationality", this::nationalityLabel);
            case RESIDENCE_STATUS ->
                attributeGroups(q, "R", "residence_status", code -> codeLabel(ResidenceStatus.class, code));
            case QUALIFICATION ->
                attributeGroups(q, "Q", "qualification", code -> codeLabel(Qualification.class, code));
            case QUARTER, YEAR, PHASE -> timeGroups(q, dimension);
            case PLACEMENT_TYPE -> placementGroups(q, "type", code -> codeLabel(PlacementType.class, code));
            case EMPLOYER_SECTOR -> placementGroups(q, "employer_sector", code -> codeLabel(Sector.class, code));
            case TOPIC -> topicGroups(q);
            case FOLLOW_UP -> followUpGroups(q);
        };
        BreakdownRow total = null;
        List<BreakdownRow> rows;
        boolean keyFigures = dimension.ordinal() <= Dimension.QUALIFICATION.ordinal();
        if (keyFigures) {
            Counts whole = dimension.time ? null : repository.keyResults(q);
            rows = keyFigureRows(groups, whole, r.withhold());
            if (whole != null) {
                total = keyFigureRows(
                                List.of(new Group(null, new Labels("Gesamt", "Total"), whole, null, null, null)),
                                null,
                                r.withhold())
                        .getFirst();
            }
        } else {
            rows = otherRows(dimension, groups, r.withhold());
        }
        return new Breakdown(
                dimension.code,
                new Period(q.from(), q.to()),
                r.applied(),
                KeyResultDefinitions.VERSION,
                rows,
                total,
                r.withhold());
    }

    // --- the request against the caller's rights -------------------------------------------------

    Resolved resolve(Filters f) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (f.phase() != null) {
            ProgrammePhase phase = programme.phases().stream()
                    .filter(p -> p.code.equals(f.phase()))
                    .findFirst()
                    .orElse(null);
            if (phase == null) {
                errors.add(new FieldError("phase", "must be model, phase2 or phase3"));
            } else {
                from = from == null || from.isBefore(phase.startsOn) ? phase.startsOn : from;
                LocalDate end =
                        phase.endsOn.isAfter(LocalDate.now()) && f.to() == null ? LocalDate.now() : phase.endsOn;
                to = to == null || to.isAfter(end) ? end : to;
            }
        }
        from = from == null ? PHASE_TWO_START : from;
        to = to == null ? LocalDate.now() : to;
        if (from.isAfter(to)) {
            errors.add(new FieldError(f.phase() != null ? "phase" : "from", "the period is empty (from after to)"));
        }
        if (from.isBefore(LocalDate.of(2000, 1, 1)) || to.isAfter(LocalDate.of(2100, 1, 1))) {
            errors.add(new FieldError("from", "the period must lie between 2000 and 2100"));
        }
        Set<String> districts = new LinkedHashSet<>(f.districts());
        Set<String> unknown = programme.unknownDistricts(districts);
        for (String code : unknown) {
            errors.add(new FieldError("district", code + " is not a Saxon district (AGS code)"));
        }
        Set<String> targets = new LinkedHashSet<>(f.targetGroups());
        for (String target : targets) {
            if (!target.equals("women") && !target.equals("withoutQualification")) {
                errors.add(new FieldError("targetGroup", "must be women or withoutQualification"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Set<UUID> requested = new LinkedHashSet<>(f.projectIds());
        ProjectScope scope = access.readScope();
        boolean nationwide = user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.MINISTRY);
        Set<UUID> effective;
        if (nationwide) {
            for (UUID project : requested) {
                if (!projects.exists(project)) {
                    throw ApiException.notFound("Project");
                }
            }
            effective = requested;
        } else {
            for (UUID project : requested) {
                if (!scope.includes(project)) {
                    throw ApiException.notFound("Project");
                }
            }
            effective = requested.isEmpty() ? scope.projectIds() : requested;
            if (effective.isEmpty()) {
                throw new ApiException(de.amm.casedesk.common.error.ProblemType.FORBIDDEN, "You work in no project");
            }
        }
        boolean withhold = user.hasRole(Roles.MINISTRY) && !user.hasRole(Roles.COORDINATOR);
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
        return new Resolved(query, applied, withhold);
    }

    // --- groups --------------------------------------------------------------------------------

    /** One group of a breakdown before withholding. */
    private record Group(
            String key,
            Labels label,
            Counts counts,
            MenteeCount placements,
            Long contacts,
            Map<String, Long> followUps) {}

    /** By an attribute of the mentee: its column on the fact rows and its code in the attribute cells. */
    private List<Group> attributeGroups(
            StatisticsQuery q, String code, String menteeColumn, Function<String, Labels> label) {
        return attributeGroups(q, Grouping.attribute(code, menteeColumn, "value"), label);
    }

    private List<Group> attributeGroups(StatisticsQuery q, Grouping grouping, Function<String, Labels> label) {
        Map<String, Counts> grouped = repository.grouped(q, grouping);
        List<Group> groups = new ArrayList<>();
        grouped.forEach((key, counts) -> groups.add(new Group(key, label.apply(key), counts, null, null, null)));
        return groups;
    }

    private List<Group> ageGroups(StatisticsQuery q) {
        Map<String, Counts> grouped = repository.grouped(
                q,
                Grouping.attribute(
                        "Y",
                        ageGroup("year_of_birth", q.to().getYear()),
                        ageGroup("value::smallint", q.to().getYear())));
        Map<String, Labels> labels = new LinkedHashMap<>();
        labels.put("under_25", new Labels("unter 25", "under 25"));
        labels.put("25_34", new Labels("25 bis 34", "25 to 34"));
        labels.put("35_44", new Labels("35 bis 44", "35 to 44"));
        labels.put("45_54", new Labels("45 bis 54", "45 to 54"));
        labels.put("55_plus", new Labels("55 und älter", "55 and older"));
        labels.put("unknown", new Labels("unbekannt", "unknown"));
        List<Group> groups = new ArrayList<>();
        labels.forEach((key, label) -> {
            if (grouped.containsKey(key)) {
                groups.add(new Group(key, label, grouped.get(key), null, null, null));
            }
        });
        return groups;
    }

    /** The age group in the year {@code year} of a year of birth (the column or expression {@code born}). */
    private static String ageGroup(String born, int year) {
        String age = year + " - " + born;
        return "case when " + born + " is null then 'unknown' when " + age + " < 25 then 'under_25' when " + age
                + " < 35 then '25_34' when " + age + " < 45 then '35_44' when " + age + " < 55 then '45_54'"
                + " else '55_plus' end";
    }

    private List<Group> projectGroups(StatisticsQuery q) {
        Map<UUID, Counts> grouped = repository.byProject(q);
        Map<UUID, String> names = projects.names(grouped.keySet());
        List<Group> groups = new ArrayList<>();
        grouped.forEach((id, counts) -> {
            String name = names.getOrDefault(id, id.toString());
            groups.add(new Group(id.toString(), new Labels(name, name), counts, null, null, null));
        });
        groups.sort(java.util.Comparator.comparing(g -> g.label().de()));
        return groups;
    }

    private List<Group> timeGroups(StatisticsQuery q, Dimension dimension) {
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
                throw ApiException.invalid("dimension", "the period has too many " + dimension.code + "s; shorten it");
            }
        }
        List<Group> groups = new ArrayList<>();
        if (starts.isEmpty()) {
            return groups;
        }
        List<Counts> counts = repository.byBuckets(q, starts);
        for (int i = 0; i < starts.size(); i++) {
            groups.add(new Group(keys.get(i), labels.get(i), counts.get(i), null, null, null));
        }
        return groups;
    }

    private List<Group> placementGroups(StatisticsQuery q, String column, Function<String, Labels> label) {
        List<Group> groups = new ArrayList<>();
        repository.placements(q, column).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.nullsLast(String::compareTo)))
                .forEach(e ->
                        groups.add(new Group(e.getKey(), label.apply(e.getKey()), null, e.getValue(), null, null)));
        return groups;
    }

    private List<Group> topicGroups(StatisticsQuery q) {
        Map<String, Long> topics = repository.contactsByTopic(q);
        List<Group> groups = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            if (topics.containsKey(topic.code())) {
                groups.add(new Group(topic.code(), topic.labels(), null, null, topics.get(topic.code()), null));
            }
        }
        return groups;
    }

    private List<Group> followUpGroups(StatisticsQuery q) {
        List<Group> groups = new ArrayList<>();
        repository
                .followUps(q)
                .forEach((months, results) -> groups.add(new Group(
                        months.toString(),
                        new Labels("nach " + months + " Monaten", "after " + months + " months"),
                        null,
                        null,
                        null,
                        results)));
        return groups;
    }

    // --- rows with counts withheld where needed ------------------------------------------------------

    private static MenteeFigure figure(MenteeCount c, boolean withhold) {
        boolean totalWithheld = withhold && Suppression.small(c.total());
        boolean femaleWithheld = withhold && Suppression.female(c.total(), c.female(), totalWithheld);
        return figure(c, totalWithheld, femaleWithheld);
    }

    private static MenteeFigure figure(MenteeCount c, boolean totalWithheld, boolean femaleWithheld) {
        Count total = totalWithheld ? Count.of(c.total()).withhold() : Count.of(c.total());
        Count female = femaleWithheld ? Count.of(c.female()).withhold() : Count.of(c.female());
        Double share = totalWithheld || femaleWithheld || c.total() == 0 ? null : (double) c.female() / c.total();
        return new MenteeFigure(total, female, share);
    }

    /** Mentee figures of a column of groups, withheld with the whole (if shown) as their total. */
    private static List<MenteeFigure> column(List<MenteeCount> counts, MenteeCount whole, boolean withhold) {
        List<MenteeFigure> figures = new ArrayList<>();
        if (!withhold) {
            counts.forEach(c -> figures.add(figure(c, false)));
            return figures;
        }
        long[] totals = counts.stream().mapToLong(MenteeCount::total).toArray();
        long[] females = counts.stream().mapToLong(MenteeCount::female).toArray();
        boolean[] totalWithheld = Suppression.column(totals, whole == null ? null : whole.total());
        boolean[] femaleWithheld = Suppression.column(females, whole == null ? null : whole.female());
        for (int i = 0; i < counts.size(); i++) {
            MenteeCount c = counts.get(i);
            boolean female = femaleWithheld[i] || Suppression.female(c.total(), c.female(), totalWithheld[i]);
            figures.add(figure(c, totalWithheld[i], female));
        }
        return figures;
    }

    private static List<BreakdownRow> keyFigureRows(List<Group> groups, Counts whole, boolean withhold) {
        List<MenteeFigure> supported = column(
                groups.stream().map(g -> g.counts().supported()).toList(),
                whole == null ? null : whole.supported(),
                withhold);
        List<MenteeFigure> placed = column(
                groups.stream().map(g -> g.counts().placed()).toList(),
                whole == null ? null : whole.placed(),
                withhold);
        List<MenteeFigure> sustainable = column(
                groups.stream().map(g -> g.counts().sustainable()).toList(),
                whole == null ? null : whole.sustainable(),
                withhold);
        List<BreakdownRow> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            rows.add(new BreakdownRow(
                    g.key(),
                    g.label(),
                    supported.get(i),
                    g.counts().employers() == null
                            ? null
                            : new EmployerFigure(g.counts().employers()),
                    placed.get(i),
                    sustainable.get(i),
                    null,
                    null,
                    null));
        }
        return rows;
    }

    private static List<BreakdownRow> otherRows(Dimension dimension, List<Group> groups, boolean withhold) {
        List<BreakdownRow> rows = new ArrayList<>();
        if (dimension == Dimension.PLACEMENT_TYPE || dimension == Dimension.EMPLOYER_SECTOR) {
            MenteeCount whole = groups.stream().map(Group::placements).reduce(MenteeCount.ZERO, MenteeCount::plus);
            List<MenteeFigure> figures =
                    column(groups.stream().map(Group::placements).toList(), whole, withhold);
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                rows.add(new BreakdownRow(g.key(), g.label(), null, null, null, null, figures.get(i), null, null));
            }
        } else if (dimension == Dimension.TOPIC) {
            groups.forEach(g ->
                    rows.add(new BreakdownRow(g.key(), g.label(), null, null, null, null, null, g.contacts(), null)));
        } else {
            for (Group g : groups) {
                Map<String, Long> r = g.followUps();
                long[] values = {
                    r.getOrDefault("still_there", 0L),
                    r.getOrDefault("left", 0L),
                    r.getOrDefault("not_reachable", 0L),
                    r.getOrDefault("open", 0L)
                };
                boolean[] withheld = withhold
                        ? Suppression.column(values, Arrays.stream(values).sum())
                        : new boolean[values.length];
                Count[] counts = new Count[values.length];
                for (int i = 0; i < values.length; i++) {
                    counts[i] = withheld[i] ? Count.of(values[i]).withhold() : Count.of(values[i]);
                }
                long recorded = values[0] + values[1] + values[2];
                boolean shareHidden = withheld[0] || withheld[1] || withheld[2] || recorded == 0;
                rows.add(new BreakdownRow(
                        g.key(),
                        g.label(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new FollowUpFigure(
                                counts[0],
                                counts[1],
                                counts[2],
                                counts[3],
                                shareHidden ? null : (double) values[0] / recorded)));
            }
        }
        return rows;
    }

    // --- labels ----------------------------------------------------------------------------------

    private static final Labels UNKNOWN = new Labels("unbekannt", "unknown");

    /** The districts' names, read once per breakdown. */
    private Function<String, Labels> districtLabels() {
        Map<String, String> names = new HashMap<>();
        for (District d : programme.districts()) {
            names.put(d.ags, d.name);
        }
        return ags -> ags == null ? UNKNOWN : new Labels(names.getOrDefault(ags, ags), names.getOrDefault(ags, ags));
    }

    private Labels nationalityLabel(String code) {
        return code == null ? UNKNOWN : Nationalities.labels(code);
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
}
