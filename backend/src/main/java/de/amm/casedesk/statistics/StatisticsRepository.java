package de.amm.casedesk.statistics;

import de.amm.casedesk.common.api.NativeQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The counting queries of the key results ({@link KeyResultDefinitions}) over the fact tables of migration
 * V5. A fact row counts for a period when it lies in the period and its predecessor (the same mentee's
 * previous row in the same scope) does not: that counts each mentee once without DISTINCT. Over all
 * projects the rows of scope "all" are used, for one project that project's rows; for a set of several
 * projects a mentee may appear in more than one of them, so those queries count distinct mentees.
 */
@ApplicationScoped
public class StatisticsRepository {

    /** A mentee figure: all mentees counted, and the female ones among them. */
    public record MenteeCount(long total, long female) {
        static final MenteeCount ZERO = new MenteeCount(0, 0);

        MenteeCount plus(MenteeCount other) {
            return new MenteeCount(total + other.total, female + other.female);
        }
    }

    /** The four key results; {@code employers} is null where employers do not belong to a group. */
    public record Counts(MenteeCount supported, Long employers, MenteeCount placed, MenteeCount sustainable) {
        static final Counts ZERO = new Counts(MenteeCount.ZERO, 0L, MenteeCount.ZERO, MenteeCount.ZERO);
    }

    /**
     * A grouping of the figures: {@code menteeKey} and {@code employerKey} (null: no employer figures) on the
     * fact rows, {@code cellKey} the same in the monthly cells.
     */
    public record Grouping(String menteeKey, String employerKey, StatisticsCells.Key cellKey) {

        static final Grouping NONE = new Grouping("''", "''", StatisticsCells.Key.NONE);
        static final Grouping DISTRICT = new Grouping("district_ags", "district_ags", StatisticsCells.Key.DISTRICT);
        static final Grouping PROJECT =
                new Grouping("project_id::text", "project_id::text", StatisticsCells.Key.PROJECT);

        /**
         * By an attribute of the mentee: {@code column} on the fact rows, {@code cellColumn} the same over the
         * attribute cells' {@code value} (code as in stat_attribute_cell).
         */
        static Grouping attribute(String code, String column, String cellColumn) {
            return new Grouping(column, null, StatisticsCells.Key.attribute(code, column, cellColumn));
        }
    }

    /** Which fact rows answer a query. */
    private enum Rows {
        /** all projects: the rows of scope "all" (project_id null), one per mentee and period */
        ALL,
        /** one project: that project's rows */
        ONE,
        /** several projects: their rows, a mentee may be in more than one: count distinct mentees */
        SEVERAL,
        /** each project separately (grouped by project): every project's own rows */
        EACH;

        static Rows of(StatisticsQuery q) {
            return q.allProjects() ? ALL : q.projects().size() == 1 ? ONE : SEVERAL;
        }

        boolean distinct() {
            return this == SEVERAL;
        }

        /** The cells' scope; null: the cells cannot answer (a mentee in two of several projects counts once). */
        StatisticsCells.Scope cells() {
            return switch (this) {
                case ALL -> StatisticsCells.Scope.ALL;
                case ONE -> StatisticsCells.Scope.ONE;
                case EACH -> StatisticsCells.Scope.EACH;
                case SEVERAL -> null;
            };
        }
    }

    private final EntityManager em;
    private final StatisticsCells cells;

    public StatisticsRepository(EntityManager em, StatisticsCells cells) {
        this.em = em;
        this.cells = cells;
    }

    public Counts keyResults(StatisticsQuery q) {
        return grouped(q, Grouping.NONE).getOrDefault("", Counts.ZERO);
    }

    /** The key results per value of the grouping. */
    public Map<String, Counts> grouped(StatisticsQuery q, Grouping grouping) {
        return grouped(q, grouping, Rows.of(q));
    }

    private Map<String, Counts> grouped(StatisticsQuery q, Grouping grouping, Rows rows) {
        Map<String, MenteeCount> supported;
        Map<String, MenteeCount> placed;
        Map<String, MenteeCount> sustainable;
        Map<String, Long> employers;
        if (rows.cells() != null && grouping.cellKey().answers(rows.cells(), q)) {
            var figures = cells.period(q, rows.cells(), grouping.cellKey());
            supported = figures.get(StatisticsCells.Figure.SUPPORTED);
            placed = figures.get(StatisticsCells.Figure.PLACED);
            sustainable = figures.get(StatisticsCells.Figure.SUSTAINABLE);
            employers = grouping.employerKey() == null ? null : new HashMap<>();
            if (employers != null) {
                for (var e : figures.get(StatisticsCells.Figure.EMPLOYERS).entrySet()) {
                    employers.put(e.getKey(), e.getValue().total());
                }
            }
        } else {
            supported = menteeFigure(q, grouping, Figure.SUPPORTED, rows);
            placed = menteeFigure(q, grouping, Figure.PLACED, rows);
            sustainable = menteeFigure(q, grouping, Figure.SUSTAINABLE, rows);
            employers = grouping.employerKey() == null ? null : employers(q, grouping);
        }
        Map<String, Counts> result = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>(Comparator.nullsLast(String::compareTo));
        keys.addAll(supported.keySet());
        keys.addAll(placed.keySet());
        keys.addAll(sustainable.keySet());
        if (employers != null) {
            keys.addAll(employers.keySet());
        }
        for (String key : keys) {
            result.put(
                    key,
                    new Counts(
                            supported.getOrDefault(key, MenteeCount.ZERO),
                            employers == null ? null : employers.getOrDefault(key, 0L),
                            placed.getOrDefault(key, MenteeCount.ZERO),
                            sustainable.getOrDefault(key, MenteeCount.ZERO)));
        }
        return result;
    }

    /** Per project, each project counted with its own rows (a mentee counts once in each project). */
    public Map<UUID, Counts> byProject(StatisticsQuery q) {
        Map<String, Counts> grouped = grouped(q, Grouping.PROJECT, Rows.EACH);
        Map<UUID, Counts> result = new LinkedHashMap<>();
        grouped.forEach((key, counts) -> result.put(UUID.fromString(key), counts));
        return result;
    }

    private enum Figure {
        SUPPORTED,
        PLACED,
        SUSTAINABLE
    }

    private Map<String, MenteeCount> menteeFigure(StatisticsQuery q, Grouping grouping, Figure figure, Rows rows) {
        boolean distinct = rows.distinct();
        String count = distinct ? "count(distinct mentee_id)" : "count(*)";
        NativeQuery sql = new NativeQuery()
                .append("select " + grouping.menteeKey() + " as k, " + count + ", " + count
                        + " filter (where female) from "
                        + (figure == Figure.SUPPORTED ? "stat_episode" : "stat_placement") + " where true");
        scope(sql, q, rows, "");
        Date from = Date.valueOf(q.from());
        Date to = Date.valueOf(q.to());
        switch (figure) {
            case SUPPORTED -> {
                sql.append(" and started_on <= ? and ended_on >= ?", to, from);
                if (!distinct) {
                    sql.append(" and (prev_ended_on is null or prev_ended_on < ?)", from);
                }
            }
            case PLACED -> {
                sql.append(" and counting and started_on between ? and ?", from, to);
                if (!distinct) {
                    sql.append(" and (prev_started_on is null or prev_started_on < ?)", from);
                }
            }
            case SUSTAINABLE -> {
                sql.append(" and qualifies and mark_on between ? and ?", from, to);
                if (!distinct) {
                    sql.append(" and (prev_mark_on is null or prev_mark_on < ?)", from);
                }
            }
        }
        menteeFilters(sql, q);
        sql.append(" group by 1");
        Map<String, MenteeCount> result = new HashMap<>();
        for (Object[] row : rows(sql)) {
            result.put((String) row[0], new MenteeCount(number(row[1]), number(row[2])));
        }
        return result;
    }

    private Map<String, Long> employers(StatisticsQuery q, Grouping grouping) {
        NativeQuery sql = new NativeQuery()
                .append(
                        "select " + grouping.employerKey() + " as k, count(*) from stat_employer_day"
                                + " where occurred_on between ? and ? and (prev_on is null or prev_on < ?)",
                        Date.valueOf(q.from()),
                        Date.valueOf(q.to()),
                        Date.valueOf(q.from()));
        employerScope(sql, q);
        sql.append(" group by 1");
        Map<String, Long> result = new HashMap<>();
        for (Object[] row : rows(sql)) {
            result.put((String) row[0], number(row[1]));
        }
        return result;
    }

    /**
     * The key results per time bucket; {@code starts} holds each bucket's first day, the first of them
     * {@code q.from()}, and the last bucket ends with {@code q.to()}. A row counts in every bucket it touches
     * in which its predecessor does not: the rows give contiguous bucket ranges [a, b], summed here.
     */
    public List<Counts> byBuckets(StatisticsQuery q, List<LocalDate> starts) {
        if (Rows.of(q).cells() != null) {
            var figures = cells.buckets(q, Rows.of(q).cells(), starts);
            List<Counts> result = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                result.add(new Counts(
                        figures.get(StatisticsCells.Figure.SUPPORTED).get(i),
                        figures.get(StatisticsCells.Figure.EMPLOYERS).get(i).total(),
                        figures.get(StatisticsCells.Figure.PLACED).get(i),
                        figures.get(StatisticsCells.Figure.SUSTAINABLE).get(i)));
            }
            return result;
        }
        int n = starts.size();
        Date[] bounds = starts.stream().map(Date::valueOf).toArray(Date[]::new);
        long[][] supported = new long[n + 2][2];
        long[][] placed = new long[n + 1][2];
        long[][] sustainable = new long[n + 1][2];
        long[] employers = new long[n + 1];
        Rows rows = Rows.of(q);
        boolean distinct = rows.distinct();
        Date from = Date.valueOf(q.from());
        Date to = Date.valueOf(q.to());
        if (distinct) {
            Date[] ends = new Date[n];
            for (int i = 0; i < n; i++) {
                ends[i] = Date.valueOf(i + 1 < n ? starts.get(i + 1).minusDays(1) : q.to());
            }
            NativeQuery sql = new NativeQuery()
                    .append(
                            "select b.k::int, count(distinct e.mentee_id), count(distinct e.mentee_id) filter (where"
                                    + " e.female) from stat_episode e join unnest(?, ?) with ordinality as b (s, t, k)"
                                    + " on e.started_on <= b.t and e.ended_on >= b.s where true",
                            bounds,
                            ends);
            scope(sql, q, rows, "e.");
            menteeFilters(sql, q, "e.");
            sql.append(" group by 1");
            for (Object[] row : rows(sql)) {
                int k = (int) number(row[0]);
                supported[k][0] += number(row[1]);
                supported[k][1] += number(row[2]);
                supported[k + 1][0] -= number(row[1]);
                supported[k + 1][1] -= number(row[2]);
            }
        } else {
            NativeQuery sql = new NativeQuery()
                    .append(
                            "select a, b, count(*), count(*) filter (where female) from (select greatest("
                                    + "width_bucket(greatest(started_on, ?), ?), case when prev_ended_on >= ? then"
                                    + " width_bucket(prev_ended_on, ?) + 1 else 0 end) as a, width_bucket(least(ended_on, ?), ?)"
                                    + " as b, female from stat_episode where started_on <= ? and ended_on >= ?",
                            from,
                            bounds,
                            from,
                            bounds,
                            to,
                            bounds,
                            to,
                            from);
            scope(sql, q, rows, "");
            menteeFilters(sql, q);
            sql.append(") x where a <= b group by a, b");
            for (Object[] row : rows(sql)) {
                int a = (int) number(row[0]);
                int b = (int) number(row[1]);
                supported[a][0] += number(row[2]);
                supported[a][1] += number(row[3]);
                supported[b + 1][0] -= number(row[2]);
                supported[b + 1][1] -= number(row[3]);
            }
        }
        bucketFigure(q, bounds, rows, "counting", "started_on", "prev_started_on", placed);
        bucketFigure(q, bounds, rows, "qualifies", "mark_on", "prev_mark_on", sustainable);
        NativeQuery sql = new NativeQuery()
                .append(
                        "select width_bucket(occurred_on, ?), count(*) from stat_employer_day where occurred_on between ?"
                                + " and ? and (prev_on is null or width_bucket(prev_on, ?) < width_bucket(occurred_on, ?))",
                        bounds,
                        from,
                        to,
                        bounds,
                        bounds);
        employerScope(sql, q);
        sql.append(" group by 1");
        for (Object[] row : rows(sql)) {
            employers[(int) number(row[0])] += number(row[1]);
        }
        List<Counts> result = new ArrayList<>();
        long total = 0;
        long female = 0;
        for (int k = 1; k <= n; k++) {
            total += supported[k][0];
            female += supported[k][1];
            result.add(new Counts(
                    new MenteeCount(total, female),
                    employers[k],
                    new MenteeCount(placed[k][0], placed[k][1]),
                    new MenteeCount(sustainable[k][0], sustainable[k][1])));
        }
        return result;
    }

    private void bucketFigure(
            StatisticsQuery q, Date[] bounds, Rows rows, String flag, String day, String prev, long[][] into) {
        boolean distinct = rows.distinct();
        String count = distinct ? "count(distinct mentee_id)" : "count(*)";
        NativeQuery sql = new NativeQuery()
                .append(
                        "select width_bucket(" + day + ", ?), " + count + ", " + count + " filter (where female)"
                                + " from stat_placement where " + flag + " and " + day + " between ? and ?",
                        bounds,
                        Date.valueOf(q.from()),
                        Date.valueOf(q.to()));
        if (!distinct) {
            sql.append(
                    " and (" + prev + " is null or width_bucket(" + prev + ", ?) < width_bucket(" + day + ", ?))",
                    bounds,
                    bounds);
        }
        scope(sql, q, rows, "");
        menteeFilters(sql, q);
        sql.append(" group by 1");
        for (Object[] row : rows(sql)) {
            int k = (int) number(row[0]);
            into[k][0] += number(row[1]);
            into[k][1] += number(row[2]);
        }
    }

    /** Placements of every type starting in the period, by type or by the employer's sector. */
    public Map<String, MenteeCount> placements(StatisticsQuery q, String column) {
        NativeQuery sql = new NativeQuery()
                .append(
                        "select " + column + ", count(*), count(*) filter (where female) from stat_placement"
                                + " where started_on between ? and ?",
                        Date.valueOf(q.from()),
                        Date.valueOf(q.to()));
        // a placement belongs to one project: the projects' own rows hold each placement once
        scope(sql, q, q.allProjects() ? Rows.ALL : Rows.EACH, "");
        menteeFilters(sql, q);
        sql.append(" group by 1");
        Map<String, MenteeCount> result = new HashMap<>();
        for (Object[] row : rows(sql)) {
            result.put((String) row[0], new MenteeCount(number(row[1]), number(row[2])));
        }
        return result;
    }

    /**
     * Contacts in the period by topic: whole months from the monthly counts, the partial months at the
     * edges from the daily ones. Mentee filters (district, target groups) need the contacts themselves.
     */
    public Map<String, Long> contactsByTopic(StatisticsQuery q) {
        NativeQuery sql;
        if (!q.districts().isEmpty() || q.women() || q.withoutQualification()) {
            sql = new NativeQuery()
                    .append(
                            "select t.topic, count(*) from activity a join mentee m on m.id = a.mentee_id,"
                                    + " unnest(a.topics) as t (topic) where a.occurred_on between ? and ?",
                            Date.valueOf(q.from()),
                            Date.valueOf(q.to()));
            if (!q.allProjects()) {
                sql.append(" and a.project_id = any(?)", (Object) q.projects().toArray(UUID[]::new));
            }
            if (!q.districts().isEmpty()) {
                sql.append(
                        " and m.district_ags = any(?)", (Object) q.districts().toArray(String[]::new));
            }
            if (q.women()) {
                sql.append(" and m.gender = 'female'");
            }
            if (q.withoutQualification()) {
                sql.append(" and m.qualification = 'none'");
            }
            sql.append(" group by 1");
        } else {
            LocalDate firstWholeMonth = q.from().getDayOfMonth() == 1
                    ? q.from()
                    : q.from().withDayOfMonth(1).plusMonths(1);
            LocalDate afterLastWholeMonth = q.to().plusDays(1).withDayOfMonth(1);
            boolean months = firstWholeMonth.isBefore(afterLastWholeMonth);
            String projects = q.allProjects() ? "" : " and project_id = any(?)";
            Object[] projectParameter =
                    q.allProjects() ? new Object[0] : new Object[] {q.projects().toArray(UUID[]::new)};
            sql = new NativeQuery().append("select topic, sum(contacts) from (");
            if (months) {
                sql.append(
                                "select topic, contacts from stat_topic_month where month >= ? and month < ?"
                                        + projects,
                                concat(
                                        Date.valueOf(firstWholeMonth),
                                        Date.valueOf(afterLastWholeMonth),
                                        projectParameter))
                        .append(
                                " union all select topic, contacts from stat_topic_day where ((occurred_on >= ? and"
                                        + " occurred_on < ?) or (occurred_on >= ? and occurred_on <= ?))" + projects,
                                concat4(
                                        Date.valueOf(q.from()),
                                        Date.valueOf(firstWholeMonth),
                                        Date.valueOf(afterLastWholeMonth),
                                        Date.valueOf(q.to()),
                                        projectParameter));
            } else {
                sql.append(
                        "select topic, contacts from stat_topic_day where occurred_on between ? and ?" + projects,
                        concat(Date.valueOf(q.from()), Date.valueOf(q.to()), projectParameter));
            }
            sql.append(") c group by 1");
        }
        Map<String, Long> result = new HashMap<>();
        for (Object[] row : rows(sql)) {
            result.put((String) row[0], number(row[1]));
        }
        return result;
    }

    /** Follow-ups due in the period, by months after the placement's start and result ("open" if none yet). */
    public Map<Integer, Map<String, Long>> followUps(StatisticsQuery q) {
        NativeQuery sql =
                new NativeQuery().append("select f.months, coalesce(f.result, 'open'), count(*) from follow_up f");
        boolean menteeFilter = !q.districts().isEmpty() || q.women() || q.withoutQualification();
        if (menteeFilter) {
            sql.append(" join mentee m on m.id = f.mentee_id");
        }
        sql.append(" where f.due_on between ? and ?", Date.valueOf(q.from()), Date.valueOf(q.to()));
        if (!q.allProjects()) {
            sql.append(" and f.project_id = any(?)", (Object) q.projects().toArray(UUID[]::new));
        }
        if (!q.districts().isEmpty()) {
            sql.append(" and m.district_ags = any(?)", (Object) q.districts().toArray(String[]::new));
        }
        if (q.women()) {
            sql.append(" and m.gender = 'female'");
        }
        if (q.withoutQualification()) {
            sql.append(" and m.qualification = 'none'");
        }
        sql.append(" group by 1, 2");
        Map<Integer, Map<String, Long>> result = new TreeMap<>();
        for (Object[] row : rows(sql)) {
            result.computeIfAbsent((int) number(row[0]), k -> new HashMap<>()).put((String) row[1], number(row[2]));
        }
        return result;
    }

    /** Projects and their staff on a day: mentors and leads whose membership includes it. */
    public record Staffing(long projects, long mentors) {}

    /** Projects with at least one mentor or lead on the day, and those mentors and leads, among the projects asked for. */
    public Staffing staffing(StatisticsQuery q, LocalDate on) {
        NativeQuery sql = new NativeQuery()
                .append(
                        "select count(distinct project_id), count(distinct person_id) from project_membership"
                                + " where role in ('mentor', 'project_lead') and started_on <= ?"
                                + " and (ended_on is null or ended_on >= ?)",
                        Date.valueOf(on),
                        Date.valueOf(on));
        if (!q.allProjects()) {
            sql.append(" and project_id = any(?)", (Object) q.projects().toArray(UUID[]::new));
        }
        Object[] row = (Object[]) sql.create(em).getSingleResult();
        return new Staffing(number(row[0]), number(row[1]));
    }

    private static void scope(NativeQuery sql, StatisticsQuery q, Rows rows, String alias) {
        switch (rows) {
            case ALL -> sql.append(" and " + alias + "project_id is null");
            case ONE ->
                sql.append(
                        " and " + alias + "project_id = ?",
                        q.projects().iterator().next());
            case SEVERAL ->
                sql.append(" and " + alias + "project_id = any(?)", (Object)
                        q.projects().toArray(UUID[]::new));
            case EACH -> {
                sql.append(" and " + alias + "project_id is not null");
                if (!q.allProjects()) {
                    sql.append(" and " + alias + "project_id = any(?)", (Object)
                            q.projects().toArray(UUID[]::new));
                }
            }
        }
    }

    private static void employerScope(NativeQuery sql, StatisticsQuery q) {
        if (!q.allProjects()) {
            sql.append(" and project_id = any(?)", (Object) q.projects().toArray(UUID[]::new));
        }
        if (!q.districts().isEmpty()) {
            sql.append(" and district_ags = any(?)", (Object) q.districts().toArray(String[]::new));
        }
    }

    private static void menteeFilters(NativeQuery sql, StatisticsQuery q) {
        menteeFilters(sql, q, "");
    }

    private static void menteeFilters(NativeQuery sql, StatisticsQuery q, String alias) {
        if (!q.districts().isEmpty()) {
            sql.append(" and " + alias + "district_ags = any(?)", (Object)
                    q.districts().toArray(String[]::new));
        }
        if (q.women()) {
            sql.append(" and " + alias + "female");
        }
        if (q.withoutQualification()) {
            sql.append(" and " + alias + "no_qualification");
        }
    }

    private static Object[] concat(Object a, Object b, Object[] rest) {
        Object[] all = new Object[2 + rest.length];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private static Object[] concat4(Object a, Object b, Object c, Object d, Object[] rest) {
        Object[] all = new Object[4 + rest.length];
        all[0] = a;
        all[1] = b;
        all[2] = c;
        all[3] = d;
        System.arraycopy(rest, 0, all, 4, rest.length);
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(NativeQuery sql) {
        return sql.create(em).getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
