package de.amm.casedesk.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a period's key results are summed from monthly cells and, for the days of partial months at the period's
 * edges, from the fact rows (docs/statistics.md has the derivation and a worked example). For a period F..T an
 * owner (mentee or employer) is counted
 *
 * <pre>
 *   first(link day &le; T) - ended(exit &lt; F) + resumed(previous exit &lt; F) - gap(previous exit &lt; F, link day &gt; T)
 * </pre>
 *
 * times: once exactly when one of its links lies in the period. This class holds the arithmetic of dates and
 * signs and no SQL; the repository renders it.
 */
final class CellAlgebra {

    private CellAlgebra() {}

    /**
     * The month boundaries of a period: cells of months before {@code firstBefore} hold first links with a day
     * &le; T; cells of months before {@code exitBefore} hold exits (and previous exits) &lt; F; gap cells of months
     * from {@code gapFrom} on hold links with a day &gt; T. The days in between come from the fact rows.
     */
    record Cuts(LocalDate from, LocalDate to, LocalDate firstBefore, LocalDate exitBefore, LocalDate gapFrom) {}

    static Cuts cuts(LocalDate from, LocalDate to) {
        return new Cuts(from, to, monthCutAfter(to), monthCutAfter(from.minusDays(1)), monthStartFrom(to.plusDays(1)));
    }

    /** The first day of the month after {@code day} if it ends its month, else the first day of its month. */
    static LocalDate monthCutAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        return next.getDayOfMonth() == 1 ? next : day.withDayOfMonth(1);
    }

    /** {@code day} if it begins its month, else the first day of the following month. */
    static LocalDate monthStartFrom(LocalDate day) {
        return day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
    }

    /** The kinds of cell row, as stored in stat_cell.link. */
    enum Link {
        FIRST("first", 1),
        ENDED("ended", -1),
        RESUMED("resumed", 1),
        GAP("gap", -1);

        final String code;
        final int sign;

        Link(String code, int sign) {
            this.code = code;
            this.sign = sign;
        }

        static Link of(String code) {
            for (Link link : values()) {
                if (link.code.equals(code)) {
                    return link;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }

    /** Whether a cell row counts for the period (with its link's sign): the Java twin of the repository's SQL. */
    static boolean counts(Link link, LocalDate month, LocalDate previousMonth, Cuts cuts) {
        return switch (link) {
            case FIRST -> month.isBefore(cuts.firstBefore());
            case ENDED, RESUMED -> month.isBefore(cuts.exitBefore());
            case GAP -> previousMonth.isBefore(cuts.exitBefore()) && !month.isBefore(cuts.gapFrom());
        };
    }

    /** The fact rows of the partial months that complete the cells' sums. */
    enum FactRows {
        /** first links (no previous link) whose day is in [days0, days1] */
        FIRST_LINKS_ON,
        /** links whose exit is in [days0, days1] */
        EXITS_ON,
        /** later links whose previous exit is in [days0, days1] */
        RESUMED_ON,
        /** later links whose previous exit is in [days0, days1] and whose day is after days2 */
        GAPS_FROM,
        /** later links whose previous exit is before days0 and whose day is in [days1, days2] */
        GAPS_INTO
    }

    /** A term of fact rows counted with a sign. */
    record Term(int sign, FactRows rows, List<LocalDate> days) {}

    static List<Term> partialMonths(Cuts cuts) {
        List<Term> terms = new ArrayList<>();
        LocalDate dayBeforeFrom = cuts.from().minusDays(1);
        if (!cuts.firstBefore().isAfter(cuts.to())) {
            // first links in the partial month of T
            terms.add(new Term(1, FactRows.FIRST_LINKS_ON, List.of(cuts.firstBefore(), cuts.to())));
        }
        if (!cuts.exitBefore().isAfter(dayBeforeFrom)) {
            // exits, resumptions and gaps from a previous exit in the partial month before F
            terms.add(new Term(-1, FactRows.EXITS_ON, List.of(cuts.exitBefore(), dayBeforeFrom)));
            terms.add(new Term(1, FactRows.RESUMED_ON, List.of(cuts.exitBefore(), dayBeforeFrom)));
            terms.add(new Term(-1, FactRows.GAPS_FROM, List.of(cuts.exitBefore(), dayBeforeFrom, cuts.to())));
        }
        if (cuts.to().plusDays(1).isBefore(cuts.gapFrom())) {
            // gaps from before the cut into the partial month after T
            terms.add(new Term(
                    -1,
                    FactRows.GAPS_INTO,
                    List.of(
                            cuts.exitBefore(),
                            cuts.to().plusDays(1),
                            cuts.gapFrom().minusDays(1))));
        }
        return terms;
    }
}
