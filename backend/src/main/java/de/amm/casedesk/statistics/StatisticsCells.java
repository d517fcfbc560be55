package de.amm.casedesk.statistics;

import de.amm.casedesk.common.api.NativeQuery;
import de.amm.casedesk.statistics.StatisticsRepository.MenteeCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The key results from the monthly cells of migration V6, for queries over all projects, one project or
 * each project separately. A mentee (employer) counts for a period F..T as
 *
 * <pre>
 *   A(T) - B(F) + C(F) - S(F, T)
 * </pre>
 *
 * A: first links with x &le; T; B: links with y &lt; F; C: later links with p &lt; F; S: later links with
 * p &lt; F and x &gt; T (see the migration). For a mentee whose links (episodes, counting placements, marks)
 * are x1 &lt; x2 &lt; ... the sum is [x1 &le; T] - [last y &lt; F] - [some gap spans F..T], which is 1 exactly
 * when a link lies in the period. Whole months come from the cells; the days of a partial month at the
 * edges of a period from the fact rows.
 */
@ApplicationScoped
public class StatisticsCells {

    /** The counted figures and where their links come from. */
    enum Figure {
        SUPPORTED("S", "stat_episode", "true", "started_on", "ended_on", "prev_ended_on", true),
        PLACED("P", "stat_placement", "counting", "started_on", "started_on", "prev_started_on", true),
        SUSTAINABLE("Q", "stat_placement", "qualifies", "mark_on", "mark_on", "prev_mark_on", true),
        EMPLOYERS("E", "stat_employer_day", "true", "occurred_on", "occurred_on", "prev_on", false);

        final String code;
        final String table;
        final String rows;
        /** the link's day */
        final String x;
        /** the day after which it no longer counts (an episode's end) */
        final String y;
        /** the previous link's day */
        final String p;
        /** figures of mentees; employers are filtered by project and district only */
        final boolean mentees;

        Figure(String code, String table, String rows, String x, String y, String p, boolean mentees) {
            this.code = code;
            this.table = table;
            this.rows = rows;
            this.x = x;
            this.y = y;
            this.p = p;
            this.mentees = mentees;
        }

        String female() {
            return mentees ? "female" : "false";
        }

        /** The figure of a code as the database returns it (a char(1) column comes as a Character). */
        static Figure of(Object code) {
            for (Figure f : values()) {
                if (f.code.equals(String.valueOf(code))) {
                    return f;
                }
            }
            throw new IllegalArgumentException(String.valueOf(code));
        }
    }

    /** Which rows: all projects, one project, or each project separately. */
    enum Scope {
        ALL,
        ONE,
        EACH
    }

    /**
     * What a period's figures are grouped by: {@code column} on the fact rows and the cells, or, for an
     * attribute of the mentee ({@code attribute} its code in stat_attribute_cell), {@code column} on the fact
     * rows and {@code cellColumn} on the attribute cells' {@code value}.
     */
    record Key(String column, String attribute, String cellColumn) {
        static final Key NONE = new Key("''", null, "''");
        static final Key DISTRICT = new Key("district_ags", null, "district_ags");
        /** with {@link Scope#EACH} */
        static final Key PROJECT = new Key("project_id::text", null, "project_id::text");

        static Key attribute(String code, String column, String cellColumn) {
            return new Key(column, code, cellColumn);
        }

        /** Whether the cells hold the figures: attribute cells are kept for all projects, not by district. */
        boolean answers(Scope scope, StatisticsQuery q) {
            return attribute == null || (scope == Scope.ALL && q.districts().isEmpty());
        }
    }

    private final EntityManager em;

    public StatisticsCells(EntityManager em) {
        this.em = em;
    }

    /**
     * The figures of the query's period by key ({@link Key#answers} must hold); by a mentee attribute
     * there are no employer figures.
     */
    Map<Figure, Map<String, MenteeCount>> period(StatisticsQuery q, Scope scope, Key key) {
        LocalDate from = q.from();
        LocalDate to = q.to();
        Edges e = new Edges(from, to);
        boolean byAttribute = key.attribute() != null;
        String cellTable = byAttribute ? "stat_attribute_cell" : "stat_cell";
        String gapTable = byAttribute ? "stat_attribute_gap_cell" : "stat_gap_cell";
        NativeQuery sql = new NativeQuery().append("select figure, k, sum(n), sum(n) filter (where female) from (");
        String union = "";
        for (Figure f : Figure.values()) {
            if (byAttribute && !f.mentees) {
                continue;
            }
            sql.append(union);
            union = " union all ";
            sql.append(
                    "select ? as figure, " + key.cellColumn() + " as k, case kind when 'B' then -n else n end as n,"
                            + " female from " + cellTable + " where figure = ? and ((kind = 'A' and month < ?) or"
                            + " (kind <> 'A' and month < ?))",
                    f.code,
                    f.code,
                    date(e.cutT),
                    date(e.cutF));
            cellConditions(sql, q, scope, f, key);
            sql.append(
                    " union all select ?, " + key.cellColumn() + ", -n, female from " + gapTable + " where figure = ?"
                            + " and prev_month < ? and month >= ?",
                    f.code,
                    f.code,
                    date(e.cutF),
                    date(e.upT));
            cellConditions(sql, q, scope, f, key);
            for (Edge edge : e.edges(f)) {
                sql.append(" union all select ?, " + key.column() + ", " + edge.sign + ", " + f.female(), f.code);
                edge.from(sql, f);
                factConditions(sql, q, scope, f);
            }
        }
        sql.append(") c group by 1, 2");
        Map<Figure, Map<String, MenteeCount>> result = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            result.put(f, new HashMap<>());
        }
        for (Object[] row : rows(sql)) {
            MenteeCount count = new MenteeCount(number(row[2]), number(row[3]));
            if (count.total() != 0 || count.female() != 0) {
                result.get(Figure.of(row[0])).put((String) row[1], count);
            }
        }
        return result;
    }

    /**
     * The figures per time bucket: {@code starts} holds each bucket's first day (the first of them the
     * query's {@code from}), the last bucket ends with the query's {@code to}. The cells come grouped by
     * month and are summed here; only the first and last bucket can have partial months.
     */
    Map<Figure, List<MenteeCount>> buckets(StatisticsQuery q, Scope scope, List<LocalDate> starts) {
        int n = starts.size();
        List<Edges> buckets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            buckets.add(new Edges(starts.get(i), i + 1 < n ? starts.get(i + 1).minusDays(1) : q.to()));
        }
        Map<Figure, long[][]> result = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            result.put(f, new long[n][2]);
        }

        // A, B and C: monthly sums, added up to each bucket's cut
        Map<String, TreeMap<LocalDate, long[]>> months = new HashMap<>();
        NativeQuery cells = new NativeQuery()
                .append(
                        "select figure, kind, month, sum(n), sum(n) filter (where female) from stat_cell"
                                + " where month < ?",
                        date(buckets.getLast().cutT));
        cellConditions(cells, q, scope, null, Key.NONE);
        cells.append(" group by 1, 2, 3");
        for (Object[] row : rows(cells)) {
            months.computeIfAbsent(row[0] + "" + row[1], k -> new TreeMap<>())
                    .put(day(row[2]), new long[] {number(row[3]), number(row[4])});
        }
        for (Figure f : Figure.values()) {
            long[][] into = result.get(f);
            for (int i = 0; i < n; i++) {
                Edges e = buckets.get(i);
                add(into[i], 1, before(months.get(f.code + "A"), e.cutT));
                add(into[i], -1, before(months.get(f.code + "B"), e.cutF));
                add(into[i], 1, before(months.get(f.code + "C"), e.cutF));
            }
        }

        // S: gaps by the months of p and x, summed per bucket
        NativeQuery gaps = new NativeQuery()
                .append(
                        "select figure, prev_month, month, sum(n), sum(n) filter (where female) from stat_gap_cell"
                                + " where prev_month < ? and month >= ?",
                        date(buckets.getLast().cutF),
                        date(buckets.getFirst().upT));
        cellConditions(gaps, q, scope, null, Key.NONE);
        gaps.append(" group by 1, 2, 3");
        for (Object[] row : rows(gaps)) {
            long[][] into = result.get(Figure.of(row[0]));
            LocalDate previous = day(row[1]);
            LocalDate month = day(row[2]);
            for (int i = 0; i < n; i++) {
                Edges e = buckets.get(i);
                if (previous.isBefore(e.cutF) && !month.isBefore(e.upT)) {
                    add(into[i], -1, new long[] {number(row[3]), number(row[4])});
                }
            }
        }

        // the partial months
        NativeQuery raw = new NativeQuery().append("select b, figure, sum(n), sum(n) filter (where female) from (");
        String union = "";
        for (int i = 0; i < n; i++) {
            for (Figure f : Figure.values()) {
                for (Edge edge : buckets.get(i).edges(f)) {
                    raw.append(
                            union + "select ? as b, ? as figure, " + edge.sign + " as n, " + f.female() + " as female",
                            i,
                            f.code);
                    union = " union all ";
                    edge.from(raw, f);
                    factConditions(raw, q, scope, f);
                }
            }
        }
        if (!union.isEmpty()) {
            raw.append(") r group by 1, 2");
            for (Object[] row : rows(raw)) {
                add(result.get(Figure.of(row[1]))[(int) number(row[0])], 1, new long[] {number(row[2]), number(row[3])
                });
            }
        }

        Map<Figure, List<MenteeCount>> counts = new EnumMap<>(Figure.class);
        result.forEach((f, values) -> {
            List<MenteeCount> list = new ArrayList<>();
            for (long[] v : values) {
                list.add(new MenteeCount(v[0], v[1]));
            }
            counts.put(f, list);
        });
        return counts;
    }

    private static long[] before(TreeMap<LocalDate, long[]> months, LocalDate cut) {
        long[] sum = new long[2];
        if (months != null) {
            for (long[] v : months.headMap(cut, false).values()) {
                sum[0] += v[0];
                sum[1] += v[1];
            }
        }
        return sum;
    }

    private static void add(long[] into, int sign, long[] value) {
        into[0] += sign * value[0];
        into[1] += sign * value[1];
    }

    /**
     * The month boundaries of a period F..T: cells of months before {@code cutT} hold links with x &le; T,
     * cells before {@code cutF} links with a day &lt; F; gap cells from {@code upT} on hold gaps with x &gt; T.
     * The days in between come from the fact rows.
     */
    private record Edges(LocalDate from, LocalDate to, LocalDate cutT, LocalDate cutF, LocalDate upT) {
        Edges(LocalDate from, LocalDate to) {
            this(from, to, cut(to), cut(from.minusDays(1)), up(to.plusDays(1)));
        }

        /** first day of the month after {@code day} if it ends its month, else first day of its month */
        static LocalDate cut(LocalDate day) {
            return day.plusDays(1).getDayOfMonth() == 1 ? day.plusDays(1) : day.withDayOfMonth(1);
        }

        /** {@code day} if it begins its month, else the first day of the next month */
        static LocalDate up(LocalDate day) {
            return day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
        }

        /** The fact rows of the partial months, each with its sign in the sum. */
        List<Edge> edges(Figure f) {
            List<Edge> edges = new ArrayList<>();
            LocalDate beforeFrom = from.minusDays(1);
            if (!cutT.isAfter(to)) {
                // A: first links in the partial month of T
                edges.add(new Edge(1, f.p + " is null and " + f.x + " between ? and ?", cutT, to));
            }
            if (!cutF.isAfter(beforeFrom)) {
                // B, C and the gaps from a p in the partial month before F
                edges.add(new Edge(-1, f.y + " between ? and ?", cutF, beforeFrom));
                edges.add(new Edge(1, f.p + " between ? and ?", cutF, beforeFrom));
                edges.add(new Edge(-1, f.p + " between ? and ? and " + f.x + " > ?", cutF, beforeFrom, to));
            }
            if (to.plusDays(1).isBefore(upT)) {
                // gaps from before cutF to an x in the partial month after T
                edges.add(new Edge(
                        -1, f.p + " < ? and " + f.x + " between ? and ?", cutF, to.plusDays(1), upT.minusDays(1)));
            }
            return edges;
        }
    }

    /** Fact rows that count with a sign: a condition on their days. */
    private record Edge(int sign, String condition, LocalDate... days) {
        void from(NativeQuery sql, Figure f) {
            Object[] values = new Object[days.length];
            for (int i = 0; i < days.length; i++) {
                values[i] = date(days[i]);
            }
            sql.append(" from " + f.table + " where " + f.rows + " and " + condition, values);
        }
    }

    /**
     * Scope and filters on the cells; {@code figure} null: the filters of every figure. Cells are kept by
     * district and summed over the districts (district '*'); a query reads one or the other.
     */
    private static void cellConditions(NativeQuery sql, StatisticsQuery q, Scope scope, Figure figure, Key key) {
        if (key.attribute() != null) {
            // all projects, no district (Key.answers)
            sql.append(" and attribute = ?", key.attribute());
            filters(sql, q, figure);
            return;
        }
        if (q.districts().isEmpty()) {
            sql.append(key.equals(Key.DISTRICT) ? " and district_ags is distinct from '*'" : " and district_ags = '*'");
        }
        switch (scope) {
            case ALL -> sql.append(" and project_id is null");
            case ONE ->
                sql.append(" and project_id = ?", q.projects().iterator().next());
            case EACH -> {
                sql.append(" and project_id is not null");
                if (!q.allProjects()) {
                    sql.append(" and project_id = any(?)", (Object) q.projects().toArray(UUID[]::new));
                }
            }
        }
        filters(sql, q, figure);
    }

    /** Scope and filters on a figure's fact rows. */
    private static void factConditions(NativeQuery sql, StatisticsQuery q, Scope scope, Figure figure) {
        switch (scope) {
            case ALL -> {
                if (figure.mentees) {
                    sql.append(" and project_id is null");
                }
            }
            case ONE ->
                sql.append(" and project_id = ?", q.projects().iterator().next());
            case EACH -> {
                if (figure.mentees) {
                    sql.append(" and project_id is not null");
                }
                if (!q.allProjects()) {
                    sql.append(" and project_id = any(?)", (Object) q.projects().toArray(UUID[]::new));
                }
            }
        }
        filters(sql, q, figure);
    }

    /** District and target groups; target groups are mentee attributes (employers' cells carry false). */
    private static void filters(NativeQuery sql, StatisticsQuery q, Figure figure) {
        if (!q.districts().isEmpty()) {
            sql.append(" and district_ags = any(?)", (Object) q.districts().toArray(String[]::new));
        }
        if (q.women()) {
            sql.append(figure == null ? " and (figure = 'E' or female)" : figure.mentees ? " and female" : "");
        }
        if (q.withoutQualification()) {
            sql.append(
                    figure == null
                            ? " and (figure = 'E' or no_qualification)"
                            : figure.mentees ? " and no_qualification" : "");
        }
    }

    private static Date date(LocalDate day) {
        return Date.valueOf(day);
    }

    private static LocalDate day(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(NativeQuery sql) {
        return sql.create(em).getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
