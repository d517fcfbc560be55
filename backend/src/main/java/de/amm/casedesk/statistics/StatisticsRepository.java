package de.amm.casedesk.statistics;

import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.persistence.ReadModel;
import de.amm.casedesk.common.persistence.Row;
import de.amm.casedesk.statistics.CellAlgebra.Cuts;
import de.amm.casedesk.statistics.CellAlgebra.Link;
import de.amm.casedesk.statistics.CellAlgebra.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every SQL query of the statistics. The key results come from the monthly cells of stat_cell where they can
 * answer (all projects, one project or each project, in total, by district or, for all projects, by one attribute
 * of the mentee) and otherwise from the fact rows (several projects at once, where a mentee in two of them counts
 * once; an attribute within a project or a district). docs/statistics.md explains both.
 */
@ApplicationScoped
@ReadModel(tables = {"activity", "follow_up", "mentee", "project_membership", "referral"})
public class StatisticsRepository {

    /** The four key results of one group; employers are null where a grouping has no employer figures. */
    record KeyResultTallies(Tally supported, Tally employers, Tally placed, Tally sustainable) {
        static final KeyResultTallies ZERO = new KeyResultTallies(Tally.ZERO, Tally.ZERO, Tally.ZERO, Tally.ZERO);

        static KeyResultTallies of(Map<KeyResult, Tally> tallies, boolean withEmployers) {
            return new KeyResultTallies(
                    tallies.getOrDefault(KeyResult.SUPPORTED, Tally.ZERO),
                    withEmployers ? tallies.getOrDefault(KeyResult.EMPLOYERS, Tally.ZERO) : null,
                    tallies.getOrDefault(KeyResult.PLACED, Tally.ZERO),
                    tallies.getOrDefault(KeyResult.SUSTAINABLE, Tally.ZERO));
        }
    }

    /**
     * What a breakdown groups the key results by: a dimension of the cells and the same on the fact rows. A mentee
     * attribute (gender, birth year, ...) has no employer figures; {@code eachProject} groups by project.
     */
    record Grouping(String cellDimension, String factColumn, boolean employers, boolean eachProject) {
        static final Grouping NONE = new Grouping("none", "''", true, false);
        static final Grouping DISTRICT = new Grouping("district", "district_ags", true, false);
        static final Grouping EACH_PROJECT = new Grouping("none", "project_id::text", true, true);

        static Grouping attribute(String cellDimension, String factColumn) {
            return new Grouping(cellDimension, factColumn, false, false);
        }

        boolean byAttribute() {
            return !cellDimension.equals("none") && !cellDimension.equals("district");
        }
    }

    /** Which fact rows and cells hold the projects asked for. */
    private enum ProjectRows {
        /** the rows of scope "all projects" (project_id null): one mentee counts once */
        ALL_PROJECTS,
        ONE_PROJECT,
        /** several projects' own rows: a mentee in two of them counts once, so the cells cannot answer */
        SEVERAL_PROJECTS,
        /** every project's own rows, grouped by project */
        EACH_PROJECT;

        static ProjectRows of(StatisticsQuery q, Grouping grouping) {
            if (grouping.eachProject()) {
                return EACH_PROJECT;
            }
            return q.allProjects() ? ALL_PROJECTS : q.projects().size() == 1 ? ONE_PROJECT : SEVERAL_PROJECTS;
        }
    }

    private final EntityManager em;

    public StatisticsRepository(EntityManager em) {
        this.em = em;
    }

    // --- the key results of a period ---------------------------------------------------------------------

    /** The key results of the query's period per group of the grouping ("" when not grouped). */
    public Map<String, KeyResultTallies> keyResults(StatisticsQuery q, Grouping grouping) {
        ProjectRows rows = ProjectRows.of(q, grouping);
        boolean cellsAnswer = rows != ProjectRows.SEVERAL_PROJECTS
                && (!grouping.byAttribute()
                        || (rows == ProjectRows.ALL_PROJECTS && q.districts().isEmpty()));
        Map<KeyResult, Map<String, Tally>> byKeyResult =
                cellsAnswer ? fromCells(q, grouping, rows) : fromFactRows(q, grouping, rows);
        Set<String> keys = new TreeSet<>(Comparator.nullsLast(String::compareTo));
        byKeyResult.values().forEach(groups -> keys.addAll(groups.keySet()));
        Map<String, KeyResultTallies> result = new LinkedHashMap<>();
        for (String key : keys) {
            Map<KeyResult, Tally> tallies = new EnumMap<>(KeyResult.class);
            byKeyResult.forEach((keyResult, groups) -> tallies.put(keyResult, groups.getOrDefault(key, Tally.ZERO)));
            result.put(key, KeyResultTallies.of(tallies, grouping.employers()));
        }
        if (result.isEmpty() && grouping == Grouping.NONE) {
            result.put("", KeyResultTallies.ZERO);
        }
        return result;
    }

    private Map<KeyResult, Map<String, Tally>> fromCells(StatisticsQuery q, Grouping grouping, ProjectRows rows) {
        Cuts cuts = CellAlgebra.cuts(q.from(), q.to());
        String dimension = q.districts().isEmpty() ? grouping.cellDimension() : "district";
        String groupKey = grouping.eachProject()
                ? "project_id::text"
                : grouping.cellDimension().equals(dimension) && !dimension.equals("none") ? "value" : "''";
        String factKey = grouping.eachProject() ? "project_id::text" : groupKey.equals("''") ? "''" : null;
        NativeQuery sql = new NativeQuery()
                .append("select key_result, " + groupKey + " as group_key, sum(n) as total,"
                        + " sum(n) filter (where female) as female, sum(key_sum) as total_keys,"
                        + " sum(key_sum) filter (where female) as female_keys from (");
        String union = "";
        for (KeyResult keyResult : KeyResult.values()) {
            if (!grouping.employers() && !keyResult.ofMentees) {
                continue;
            }
            sql.append(union);
            union = " union all ";
            sql.append(
                    "select key_result, project_id, value,"
                            + " case when link in ('ended', 'gap') then -n else n end as n,"
                            + " case when link in ('ended', 'gap') then -key_sum else key_sum end as key_sum, female"
                            + " from stat_cell where key_result = ? and dimension = ?"
                            + " and ((link = 'first' and month < ?) or (link in ('ended', 'resumed') and month < ?)"
                            + " or (link = 'gap' and previous_month < ? and month >= ?))",
                    keyResult.code,
                    dimension,
                    date(cuts.firstBefore()),
                    date(cuts.exitBefore()),
                    date(cuts.exitBefore()),
                    date(cuts.gapFrom()));
            cellScope(sql, q, rows);
            cellFilters(sql, q, keyResult);
            String column = factKey != null ? factKey : grouping.factColumn();
            for (Term term : CellAlgebra.partialMonths(cuts)) {
                sql.append(
                        " union all select ? as key_result, project_id, (" + column + ")::varchar as value, "
                                + term.sign() + " as n, " + term.sign() + " * " + keyResult.keyColumn()
                                + " as key_sum, " + keyResult.femaleColumn() + " as female",
                        keyResult.code);
                factRowsOf(sql, keyResult, term);
                factScope(sql, q, rows, keyResult);
                factFilters(sql, q, keyResult);
            }
        }
        sql.append(") c group by 1, 2");
        Map<KeyResult, Map<String, Tally>> result = new EnumMap<>(KeyResult.class);
        for (Row row : sql.list(em, row -> row)) {
            Tally tally = tally(row);
            if (!tally.isZero()) {
                result.computeIfAbsent(KeyResult.of(row.text("key_result")), k -> new HashMap<>())
                        .put(row.text("group_key"), tally);
            }
        }
        return result;
    }

    /** The fact rows of a partial-month term (docs/statistics.md). */
    private static void factRowsOf(NativeQuery sql, KeyResult keyResult, Term term) {
        List<LocalDate> days = term.days();
        String condition = switch (term.rows()) {
            case FIRST_LINKS_ON -> keyResult.previousExitDay + " is null and " + keyResult.linkDay + " between ? and ?";
            case EXITS_ON -> keyResult.exitDay + " between ? and ?";
            case RESUMED_ON -> keyResult.previousExitDay + " between ? and ?";
            case GAPS_FROM -> keyResult.previousExitDay + " between ? and ? and " + keyResult.linkDay + " > ?";
            case GAPS_INTO -> keyResult.previousExitDay + " < ? and " + keyResult.linkDay + " between ? and ?";
        };
        sql.append(
                " from " + keyResult.factTable + " where " + keyResult.linkRows + " and " + condition,
                days.stream().map(StatisticsRepository::date).toArray());
    }

    /** Distinct mentees (employers) with a link in the period, straight from the fact rows. */
    private Map<KeyResult, Map<String, Tally>> fromFactRows(StatisticsQuery q, Grouping grouping, ProjectRows rows) {
        Map<KeyResult, Map<String, Tally>> result = new EnumMap<>(KeyResult.class);
        for (KeyResult keyResult : KeyResult.values()) {
            if (!grouping.employers() && !keyResult.ofMentees) {
                continue;
            }
            String owner = keyResult.ofMentees ? "mentee_id" : "employer_id";
            String column = keyResult.ofMentees ? grouping.factColumn() : employerColumn(grouping);
            NativeQuery sql = new NativeQuery()
                    .append("select group_key, count(*) as total, count(*) filter (where female) as female,"
                            + " sum(record_key) as total_keys, sum(record_key) filter (where female) as female_keys"
                            + " from (select (" + column + ")::varchar as group_key, " + owner + ", bool_or("
                            + keyResult.femaleColumn() + ") as female, max(" + keyResult.keyColumn()
                            + ") as record_key from " + keyResult.factTable + " where " + keyResult.linkRows);
            inPeriod(sql, keyResult, q.from(), q.to());
            factScope(sql, q, rows, keyResult);
            factFilters(sql, q, keyResult);
            sql.append(" group by 1, 2) owners group by 1");
            Map<String, Tally> groups = new HashMap<>();
            for (Row row : sql.list(em, row -> row)) {
                groups.put(row.text("group_key"), tally(row));
            }
            result.put(keyResult, groups);
        }
        return result;
    }

    private static String employerColumn(Grouping grouping) {
        if (grouping.eachProject()) {
            return "project_id::text";
        }
        return grouping.cellDimension().equals("district") ? "district_ags" : "''";
    }

    /** Fact rows whose link lies in [from, to]: an episode overlapping it, a day within it. */
    private static void inPeriod(NativeQuery sql, KeyResult keyResult, LocalDate from, LocalDate to) {
        if (keyResult == KeyResult.SUPPORTED) {
            sql.append(" and started_on <= ? and ended_on >= ?", date(to), date(from));
        } else {
            sql.append(" and " + keyResult.linkDay + " between ? and ?", date(from), date(to));
        }
    }

    // --- the key results per period of a time dimension --------------------------------------------------

    /**
     * The key results per period: {@code starts} holds each period's first day (the first of them the query's
     * {@code from}), the last period ends with the query's {@code to}.
     */
    public List<KeyResultTallies> byPeriods(StatisticsQuery q, List<LocalDate> starts) {
        List<Cuts> periods = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : q.to();
            periods.add(CellAlgebra.cuts(starts.get(i), end));
        }
        ProjectRows rows = ProjectRows.of(q, Grouping.NONE);
        List<Map<KeyResult, Tally>> sums = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            sums.add(new EnumMap<>(KeyResult.class));
        }
        if (rows == ProjectRows.SEVERAL_PROJECTS) {
            periodsFromFactRows(q, rows, periods, sums);
        } else {
            periodsFromCells(q, rows, periods, sums);
        }
        return sums.stream().map(s -> KeyResultTallies.of(s, true)).toList();
    }

    private void periodsFromCells(
            StatisticsQuery q, ProjectRows rows, List<Cuts> periods, List<Map<KeyResult, Tally>> sums) {
        Cuts last = periods.getLast();
        String dimension = q.districts().isEmpty() ? "none" : "district";
        // the cells grouped by month (and previous month for gaps), added up per period in Java
        NativeQuery cells = new NativeQuery()
                .append(
                        "select key_result, link, month, previous_month, sum(n) as total,"
                                + " sum(n) filter (where female) as female, sum(key_sum) as total_keys,"
                                + " sum(key_sum) filter (where female) as female_keys from stat_cell where dimension = ?"
                                + " and ((link <> 'gap' and month < ?) or (link = 'gap' and previous_month < ?"
                                + " and month >= ?))",
                        dimension,
                        date(last.firstBefore()),
                        date(last.exitBefore()),
                        date(periods.getFirst().gapFrom()));
        cellScope(cells, q, rows);
        cellFilters(cells, q, null);
        cells.append(" group by 1, 2, 3, 4");
        for (Row row : cells.list(em, row -> row)) {
            KeyResult keyResult = KeyResult.of(row.text("key_result"));
            Link link = Link.of(row.text("link"));
            Tally tally = tally(row).times(link.sign);
            for (int i = 0; i < periods.size(); i++) {
                if (CellAlgebra.counts(link, row.date("month"), row.date("previous_month"), periods.get(i))) {
                    sums.get(i).merge(keyResult, tally, Tally::plus);
                }
            }
        }
        // the partial months of every period
        NativeQuery facts = new NativeQuery()
                .append("select period, key_result, sum(n) as total, sum(n) filter (where female) as female,"
                        + " sum(key_sum) as total_keys, sum(key_sum) filter (where female) as female_keys from (");
        String union = "";
        for (int i = 0; i < periods.size(); i++) {
            for (KeyResult keyResult : KeyResult.values()) {
                for (Term term : CellAlgebra.partialMonths(periods.get(i))) {
                    facts.append(
                            union + "select ? as period, ? as key_result, " + term.sign() + " as n, " + term.sign()
                                    + " * " + keyResult.keyColumn() + " as key_sum, " + keyResult.femaleColumn()
                                    + " as female",
                            i,
                            keyResult.code);
                    union = " union all ";
                    factRowsOf(facts, keyResult, term);
                    factScope(facts, q, rows, keyResult);
                    factFilters(facts, q, keyResult);
                }
            }
        }
        if (union.isEmpty()) {
            return;
        }
        facts.append(") f group by 1, 2");
        for (Row row : facts.list(em, row -> row)) {
            sums.get(row.integer("period")).merge(KeyResult.of(row.text("key_result")), tally(row), Tally::plus);
        }
    }

    private void periodsFromFactRows(
            StatisticsQuery q, ProjectRows rows, List<Cuts> periods, List<Map<KeyResult, Tally>> sums) {
        Date[] starts = periods.stream().map(p -> date(p.from())).toArray(Date[]::new);
        Date[] ends = periods.stream().map(p -> date(p.to())).toArray(Date[]::new);
        for (KeyResult keyResult : KeyResult.values()) {
            String owner = keyResult.ofMentees ? "mentee_id" : "employer_id";
            String overlaps = keyResult == KeyResult.SUPPORTED
                    ? "started_on <= b.period_end and ended_on >= b.period_start"
                    : keyResult.linkDay + " between b.period_start and b.period_end";
            NativeQuery sql = new NativeQuery()
                    .append(
                            "select period, count(*) as total, count(*) filter (where female) as female,"
                                    + " sum(record_key) as total_keys, sum(record_key) filter (where female) as"
                                    + " female_keys from (select b.period, " + owner + ", bool_or("
                                    + keyResult.femaleColumn() + ") as female, max(" + keyResult.keyColumn()
                                    + ") as record_key from " + keyResult.factTable + " join unnest(?, ?) with"
                                    + " ordinality as b (period_start, period_end, period) on " + overlaps + " where "
                                    + keyResult.linkRows,
                            starts,
                            ends);
            factScope(sql, q, rows, keyResult);
            factFilters(sql, q, keyResult);
            sql.append(" group by 1, 2) owners group by 1");
            for (Row row : sql.list(em, row -> row)) {
                sums.get(row.integer("period") - 1).put(keyResult, tally(row));
            }
        }
    }

    // --- scope and filters -------------------------------------------------------------------------------

    private static void cellScope(NativeQuery sql, StatisticsQuery q, ProjectRows rows) {
        switch (rows) {
            case ALL_PROJECTS -> sql.append(" and project_id is null");
            case ONE_PROJECT ->
                sql.append(" and project_id = ?", q.projects().iterator().next());
            case EACH_PROJECT -> {
                sql.append(" and project_id is not null");
                if (!q.allProjects()) {
                    sql.append(" and project_id = any(?)", (Object) projectArray(q));
                }
            }
            case SEVERAL_PROJECTS -> throw new IllegalStateException("the cells cannot count several projects");
        }
    }

    /** District (as the cells' value) and target groups; the target groups filter mentee key results only. */
    private static void cellFilters(NativeQuery sql, StatisticsQuery q, KeyResult keyResult) {
        if (!q.districts().isEmpty()) {
            sql.append(" and value = any(?)", (Object) q.districts().toArray(String[]::new));
        }
        if (q.women()) {
            if (keyResult == null) {
                sql.append(" and (key_result = 'employers' or female)");
            } else if (keyResult.ofMentees) {
                sql.append(" and female");
            }
        }
        if (q.withoutQualification()) {
            if (keyResult == null) {
                sql.append(" and (key_result = 'employers' or no_qualification)");
            } else if (keyResult.ofMentees) {
                sql.append(" and no_qualification");
            }
        }
    }

    /**
     * The projects on a key result's fact rows: mentee rows are kept for all projects (project_id null) and per
     * project; an employer belongs to one project, so its rows are per project only.
     */
    private static void factScope(NativeQuery sql, StatisticsQuery q, ProjectRows rows, KeyResult keyResult) {
        switch (rows) {
            case ALL_PROJECTS -> sql.append(keyResult.ofMentees ? " and project_id is null" : "");
            case ONE_PROJECT ->
                sql.append(" and project_id = ?", q.projects().iterator().next());
            case SEVERAL_PROJECTS -> sql.append(" and project_id = any(?)", (Object) projectArray(q));
            case EACH_PROJECT -> {
                sql.append(keyResult.ofMentees ? " and project_id is not null" : "");
                if (!q.allProjects()) {
                    sql.append(" and project_id = any(?)", (Object) projectArray(q));
                }
            }
        }
    }

    private static void factFilters(NativeQuery sql, StatisticsQuery q, KeyResult keyResult) {
        if (!q.districts().isEmpty()) {
            sql.append(" and district_ags = any(?)", (Object) q.districts().toArray(String[]::new));
        }
        if (keyResult.ofMentees && q.women()) {
            sql.append(" and female");
        }
        if (keyResult.ofMentees && q.withoutQualification()) {
            sql.append(" and no_qualification");
        }
    }

    private static UUID[] projectArray(StatisticsQuery q) {
        return q.projects().toArray(UUID[]::new);
    }

    // --- placements, activities and follow-ups -------------------------------------------------------------

    /** What placements of every type are grouped by. */
    enum PlacementGrouping {
        TYPE("type"),
        EMPLOYER_SECTOR("employer_sector::varchar");

        final String column;

        PlacementGrouping(String column) {
            this.column = column;
        }
    }

    /** Placements of every type starting in the period, counted per placement. */
    public Map<String, Tally> placements(StatisticsQuery q, PlacementGrouping by) {
        NativeQuery sql = new NativeQuery()
                .append(
                        "select " + by.column + " as group_key, count(*) as total, count(*) filter (where female) as"
                                + " female, sum(placement_key) as total_keys, sum(placement_key) filter (where female)"
                                + " as female_keys from stat_placement where started_on between ? and ?",
                        date(q.from()),
                        date(q.to()));
        // a placement belongs to one project: the projects' own rows hold each placement once
        if (q.allProjects()) {
            sql.append(" and project_id is null");
        } else {
            sql.append(" and project_id = any(?)", (Object) projectArray(q));
        }
        factFilters(sql, q, KeyResult.PLACED);
        sql.append(" group by 1");
        Map<String, Tally> result = new HashMap<>();
        for (Row row : sql.list(em, row -> row)) {
            result.put(row.text("group_key"), tally(row));
        }
        return result;
    }

    /**
     * Activities in the period by topic: whole months from the monthly counts, the partial months at the edges
     * from the daily ones. Mentee filters (district, target groups) need the activities themselves.
     */
    public Map<String, Tally> activitiesByTopic(StatisticsQuery q) {
        NativeQuery sql;
        if (!q.districts().isEmpty() || q.women() || q.withoutQualification()) {
            sql = new NativeQuery()
                    .append(
                            "select t.topic, count(*) as total, sum(stat_record_key(a.id)) as total_keys"
                                    + " from activity a join mentee m on m.id = a.mentee_id,"
                                    + " unnest(a.topics) as t (topic) where a.occurred_on between ? and ?",
                            date(q.from()),
                            date(q.to()));
            if (!q.allProjects()) {
                sql.append(" and a.project_id = any(?)", (Object) projectArray(q));
            }
            menteeFilters(sql, q, "m");
            sql.append(" group by 1");
        } else {
            LocalDate firstWholeMonth = q.from().getDayOfMonth() == 1
                    ? q.from()
                    : q.from().withDayOfMonth(1).plusMonths(1);
            LocalDate afterLastWholeMonth = q.to().plusDays(1).withDayOfMonth(1);
            String projects = q.allProjects() ? "" : " and project_id = any(?)";
            Object[] projectValue = q.allProjects() ? new Object[0] : new Object[] {projectArray(q)};
            sql = new NativeQuery().append("select topic, sum(activities) as total, sum(key_sum) as total_keys from (");
            if (firstWholeMonth.isBefore(afterLastWholeMonth)) {
                sql.append(
                                "select topic, activities, key_sum from stat_topic_month where month >= ? and month < ?",
                                date(firstWholeMonth),
                                date(afterLastWholeMonth))
                        .append(projects, projectValue)
                        .append(
                                " union all select topic, activities, key_sum from stat_topic_day where"
                                        + " ((occurred_on >= ? and occurred_on < ?) or (occurred_on >= ? and"
                                        + " occurred_on <= ?))",
                                date(q.from()),
                                date(firstWholeMonth),
                                date(afterLastWholeMonth),
                                date(q.to()))
                        .append(projects, projectValue);
            } else {
                sql.append(
                                "select topic, activities, key_sum from stat_topic_day where occurred_on between ? and ?",
                                date(q.from()),
                                date(q.to()))
                        .append(projects, projectValue);
            }
            sql.append(") c group by 1");
        }
        Map<String, Tally> result = new HashMap<>();
        for (Row row : sql.list(em, row -> row)) {
            result.put(row.text("topic"), new Tally(row.count("total"), 0, row.count("total_keys"), 0));
        }
        return result;
    }

    /** Follow-ups due in the period, by months after the placement's start and result ("open" if none yet). */
    public Map<Integer, Map<String, Tally>> followUps(StatisticsQuery q) {
        NativeQuery sql = new NativeQuery()
                .append("select f.months, coalesce(f.result, 'open') as result, count(*) as total,"
                        + " sum(stat_record_key(f.id)) as total_keys from follow_up f");
        boolean menteeFilter = !q.districts().isEmpty() || q.women() || q.withoutQualification();
        if (menteeFilter) {
            sql.append(" join mentee m on m.id = f.mentee_id");
        }
        sql.append(" where f.due_on between ? and ?", date(q.from()), date(q.to()));
        if (!q.allProjects()) {
            sql.append(" and f.project_id = any(?)", (Object) projectArray(q));
        }
        menteeFilters(sql, q, "m");
        sql.append(" group by 1, 2");
        Map<Integer, Map<String, Tally>> result = new TreeMap<>();
        for (Row row : sql.list(em, row -> row)) {
            result.computeIfAbsent(row.integer("months"), k -> new HashMap<>())
                    .put(row.text("result"), new Tally(row.count("total"), 0, row.count("total_keys"), 0));
        }
        return result;
    }

    /** Referrals made in the period, by outcome. */
    public Map<String, Tally> referralsByOutcome(StatisticsQuery q) {
        NativeQuery sql = new NativeQuery()
                .append(
                        "select r.outcome, count(*) as total, sum(stat_record_key(r.id)) as total_keys from referral r");
        boolean menteeFilter = !q.districts().isEmpty() || q.women() || q.withoutQualification();
        if (menteeFilter) {
            sql.append(" join mentee m on m.id = r.mentee_id");
        }
        sql.append(" where r.referred_on between ? and ?", date(q.from()), date(q.to()));
        if (!q.allProjects()) {
            sql.append(" and r.project_id = any(?)", (Object) projectArray(q));
        }
        menteeFilters(sql, q, "m");
        sql.append(" group by 1");
        Map<String, Tally> result = new HashMap<>();
        for (Row row : sql.list(em, row -> row)) {
            result.put(row.text("outcome"), new Tally(row.count("total"), 0, row.count("total_keys"), 0));
        }
        return result;
    }

    private static void menteeFilters(NativeQuery sql, StatisticsQuery q, String mentee) {
        if (!q.districts().isEmpty()) {
            sql.append(" and " + mentee + ".district_ags = any(?)", (Object)
                    q.districts().toArray(String[]::new));
        }
        if (q.women()) {
            sql.append(" and " + mentee + ".gender = 'female'");
        }
        if (q.withoutQualification()) {
            sql.append(" and " + mentee + ".qualification = 'none'");
        }
    }

    /**
     * The nationalities of the programme's mentees, in order: one probe of {@code mentee_by_nationality} per
     * nationality (a skip scan), not a pass over every mentee.
     */
    public List<String> nationalities() {
        return new NativeQuery()
                .append("with recursive found(nationality) as ("
                        + " select min(nationality) from mentee where nationality is not null"
                        + " union all select (select min(m.nationality) from mentee m where m.nationality > f.nationality)"
                        + " from found f where f.nationality is not null)"
                        + " select nationality from found where nationality is not null order by 1")
                .list(em, row -> row.text("nationality"));
    }

    // --- staffing ------------------------------------------------------------------------------------------

    /** Projects and their staff on a day: mentors and leads whose membership includes it. */
    public record Staffing(long projects, long mentors) {}

    /** Projects with at least one mentor or lead on the day, and those people, among the projects asked for. */
    public Staffing staffing(StatisticsQuery q, LocalDate on) {
        NativeQuery sql = new NativeQuery()
                .append(
                        "select count(distinct project_id) as projects, count(distinct person_id) as mentors"
                                + " from project_membership where role in ('mentor', 'project_lead')"
                                + " and started_on <= ? and (ended_on is null or ended_on >= ?)",
                        date(on),
                        date(on));
        if (!q.allProjects()) {
            sql.append(" and project_id = any(?)", (Object) projectArray(q));
        }
        return sql.single(em, row -> new Staffing(row.count("projects"), row.count("mentors")));
    }

    // --- rows ----------------------------------------------------------------------------------------------

    private static Tally tally(Row row) {
        return new Tally(row.count("total"), row.count("female"), row.count("total_keys"), row.count("female_keys"));
    }

    private static Date date(LocalDate day) {
        return Date.valueOf(day);
    }
}
