package de.amm.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.statistics.CellAlgebra.Cuts;
import de.amm.casedesk.statistics.CellAlgebra.Link;
import de.amm.casedesk.statistics.CellAlgebra.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cell sums without a database: chains of links are summed into monthly cells and partial-month fact terms
 * exactly as the repository does, and compared with the plain reading "an owner counts when one of its links lies
 * in the period".
 */
class CellAlgebraTest {

    @ParameterizedTest
    @CsvSource({
        // from, to, first links before, exits before, gaps from
        "2024-01-01, 2024-03-31, 2024-04-01, 2024-01-01, 2024-04-01",
        "2024-01-15, 2024-03-10, 2024-03-01, 2024-01-01, 2024-04-01",
        "2024-02-01, 2024-02-29, 2024-03-01, 2024-02-01, 2024-03-01",
        "2024-02-29, 2024-02-29, 2024-03-01, 2024-02-01, 2024-03-01",
        "2024-12-31, 2025-01-01, 2025-01-01, 2024-12-01, 2025-02-01"
    })
    void theMonthCutsOfAPeriod(
            LocalDate from, LocalDate to, LocalDate firstBefore, LocalDate exitBefore, LocalDate gapFrom) {
        Cuts cuts = CellAlgebra.cuts(from, to);
        assertThat(cuts.firstBefore()).isEqualTo(firstBefore);
        assertThat(cuts.exitBefore()).isEqualTo(exitBefore);
        assertThat(cuts.gapFrom()).isEqualTo(gapFrom);
    }

    @Test
    void wholeMonthsNeedNoFactRows() {
        assertThat(CellAlgebra.partialMonths(CellAlgebra.cuts(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))))
                .isEmpty();
    }

    /** A link of an owner's chain: its day, its exit (an episode's end; else the day) and the previous exit. */
    record TestLink(LocalDate day, LocalDate exit, LocalDate previousExit) {}

    @Test
    void cellsAndPartialMonthsCountAnOwnerExactlyWhenALinkLiesInThePeriod() {
        Random random = new Random(20261130);
        for (int round = 0; round < 3000; round++) {
            boolean episodes = random.nextBoolean();
            List<TestLink> chain = chain(random, episodes);
            LocalDate from = day(random);
            LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 800));
            Cuts cuts = CellAlgebra.cuts(from, to);
            long bySums = 0;
            for (int i = 0; i < chain.size(); i++) {
                TestLink link = chain.get(i);
                // cells, by month
                if (i == 0 && CellAlgebra.counts(Link.FIRST, month(link.day()), null, cuts)) {
                    bySums += Link.FIRST.sign;
                }
                if (link.exit() != null && CellAlgebra.counts(Link.ENDED, month(link.exit()), null, cuts)) {
                    bySums += Link.ENDED.sign;
                }
                if (i > 0) {
                    if (CellAlgebra.counts(Link.RESUMED, month(link.previousExit()), null, cuts)) {
                        bySums += Link.RESUMED.sign;
                    }
                    if (CellAlgebra.counts(Link.GAP, month(link.day()), month(link.previousExit()), cuts)) {
                        bySums += Link.GAP.sign;
                    }
                }
                // fact rows of the partial months
                for (Term term : CellAlgebra.partialMonths(cuts)) {
                    if (matches(term, link, i == 0)) {
                        bySums += term.sign();
                    }
                }
            }
            boolean counted = chain.stream()
                    .anyMatch(link -> !link.day().isAfter(to)
                            && (link.exit() == null ? LocalDate.MAX : link.exit()).compareTo(from) >= 0);
            assertThat(bySums).as("chain %s, period %s..%s", chain, from, to).isEqualTo(counted ? 1 : 0);
        }
    }

    private static boolean matches(Term term, TestLink link, boolean first) {
        List<LocalDate> d = term.days();
        return switch (term.rows()) {
            case FIRST_LINKS_ON -> first && within(link.day(), d.get(0), d.get(1));
            case EXITS_ON -> link.exit() != null && within(link.exit(), d.get(0), d.get(1));
            case RESUMED_ON -> !first && within(link.previousExit(), d.get(0), d.get(1));
            case GAPS_FROM ->
                !first
                        && within(link.previousExit(), d.get(0), d.get(1))
                        && link.day().isAfter(d.get(2));
            case GAPS_INTO ->
                !first && link.previousExit().isBefore(d.get(0)) && within(link.day(), d.get(1), d.get(2));
        };
    }

    /** Ordered, non-overlapping links: episodes (with ends, the last possibly open) or single days. */
    private static List<TestLink> chain(Random random, boolean episodes) {
        List<TestLink> chain = new ArrayList<>();
        LocalDate day = day(random).minusDays(200);
        LocalDate previousExit = null;
        int links = 1 + random.nextInt(4);
        for (int i = 0; i < links; i++) {
            LocalDate exit = episodes
                    ? (i == links - 1 && random.nextBoolean() ? null : day.plusDays(random.nextInt(120)))
                    : day;
            chain.add(new TestLink(day, exit, previousExit));
            if (exit == null) {
                break;
            }
            previousExit = exit;
            day = exit.plusDays(1 + random.nextInt(random.nextBoolean() ? 10 : 300));
        }
        return chain;
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1100));
    }

    private static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
