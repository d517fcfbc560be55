package de.amm.casedesk.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for the ministry and the public: a mentee count from 1 to 4 is withheld
 * (primary suppression), and where a single withheld count could be recovered from a total by
 * subtraction, the next smallest count is withheld too (secondary suppression). The same holds within a
 * figure: the female count is withheld when it, or the number of the others (total − female), is 1 to 4.
 */
final class Suppression {

    private Suppression() {}

    static boolean small(long count) {
        return count >= 1 && count <= 4;
    }

    /** Which of the counts to withhold, given the total they add up to (null: no total shown). */
    static boolean[] column(long[] counts, Long total) {
        boolean[] withheld = new boolean[counts.length];
        int hidden = 0;
        for (int i = 0; i < counts.length; i++) {
            withheld[i] = small(counts[i]);
            hidden += withheld[i] ? 1 : 0;
        }
        if (total != null && hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!withheld[i] && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                withheld[smallest] = true;
            }
        }
        return withheld;
    }

    /** A figure's female count: withheld when it or the others' count is small, or the total is withheld. */
    static boolean female(long total, long female, boolean totalWithheld) {
        return totalWithheld || small(female) || small(total - female);
    }

    /** Counts by position, for {@link #column}. */
    static long[] values(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).toArray();
    }

    static List<Long> list(long[] values) {
        List<Long> list = new ArrayList<>();
        for (long value : values) {
            list.add(value);
        }
        return list;
    }
}
