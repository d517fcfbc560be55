package de.amm.casedesk.statistics;

import de.amm.casedesk.statistics.StatisticsApi.DisclosureNote;
import de.amm.casedesk.statistics.StatisticsApi.MenteeFigure;

/**
 * Statistical disclosure control of every figure released to the ministry and the public (docs/disclosure-control.md):
 * a count below 5 is withheld as "&lt;5" (zero too: "&lt;5" says fewer than five, and a withheld count never reveals
 * that someone is there); every other count of people or records is rounded to a multiple of 5,
 * up or down at random, where the randomness comes from the counted records themselves (the cell-key method): the
 * sum of their record keys decides, so the same people give the same released figure in every table, filter,
 * period, report and request, while figures of different people cannot be subtracted to an exact count. Rounding
 * is unbiased: the expected released value is the true count, and it never goes below 5.
 */
final class Disclosure {

    /** Counts below this are withheld. */
    static final int SMALL_BELOW = 5;

    /** Other counts are released as multiples of this. */
    static final int ROUNDING_BASE = 5;

    static final DisclosureNote NOTE = new DisclosureNote(
            "cellKeyRounding",
            ROUNDING_BASE,
            Count.SMALL,
            "Counts of people and records below 5 are withheld (\"<5\", zero included); every other count is rounded to a"
                    + " multiple of " + ROUNDING_BASE + ", up or down depending on the people counted (cell-key"
                    + " method): the same people always give the same figure, and a released figure lies within "
                    + (ROUNDING_BASE - 1) + " of the true count. Rounded figures need not add up to their total;"
                    + " shares are computed from the released figures. Employers are counted exactly.");

    private static final double KEY_RANGE = 4294967296.0;

    private Disclosure() {}

    /** The released value of a count of records whose keys sum to {@code keys}. */
    static Count release(long count, long keys) {
        if (count < SMALL_BELOW) {
            return Count.small(count);
        }
        long remainder = count % ROUNDING_BASE;
        if (remainder == 0) {
            return Count.of(count);
        }
        double cellKey = Math.floorMod(keys, 4294967296L) / KEY_RANGE;
        boolean up = cellKey < (double) remainder / ROUNDING_BASE;
        return Count.of(up ? count - remainder + ROUNDING_BASE : count - remainder);
    }

    /** A mentee figure as released: total and female each on its own, the share from the released values. */
    static MenteeFigure figure(Tally tally) {
        Count total = release(tally.total(), tally.totalKeys());
        Count female = release(tally.female(), tally.femaleKeys());
        return new MenteeFigure(total, female, share(female, total));
    }

    /** The share of two released counts; unknown when either is withheld or nothing is counted. */
    static Double share(Count part, Count whole) {
        if (part.withheld() || whole.withheld() || whole.value() == 0) {
            return null;
        }
        return Math.min(1.0, (double) part.value() / whole.value());
    }

    /** An exact mentee figure (for the coordination entity and the projects). */
    static MenteeFigure exact(Tally tally) {
        return new MenteeFigure(
                Count.of(tally.total()),
                Count.of(tally.female()),
                tally.total() == 0 ? null : (double) tally.female() / tally.total());
    }
}
