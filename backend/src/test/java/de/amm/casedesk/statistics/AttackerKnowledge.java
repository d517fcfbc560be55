package de.amm.casedesk.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an outsider knows about the true counts behind released figures: for each count (a variable named by the set
 * of people it counts) an interval of values consistent with everything released, and the exact relations between
 * counts that follow from the definitions (a count is the sum of the counts of a partition of its people). Bounds
 * are propagated through the relations until nothing changes, the way an attacker combining releases would.
 */
final class AttackerKnowledge {

    /** The values a count may have: {@code lo..hi}. */
    static final class Bounds {
        long lo;
        long hi;
        /** How the count was released, if it was: "<5", "exact", "rounded" or null (only derived). */
        String released;

        Bounds(long lo, long hi) {
            this.lo = lo;
            this.hi = hi;
        }

        boolean determined() {
            return lo == hi;
        }

        @Override
        public String toString() {
            return lo == hi ? Long.toString(lo) : lo + ".." + hi;
        }
    }

    /** total = sum of parts. */
    private record Sum(String total, List<String> parts) {}

    /** An upper bound that stands for "unknown", small enough to add up without overflow. */
    static final long UNKNOWN = 1_000_000_000_000L;

    private final Map<String, Bounds> counts = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();
    private final List<String> contradictions = new ArrayList<>();

    Bounds bounds(String count) {
        return counts.computeIfAbsent(count, k -> new Bounds(0, UNKNOWN));
    }

    Map<String, Bounds> all() {
        return counts;
    }

    List<String> contradictions() {
        return contradictions;
    }

    /**
     * A released figure: an exact number, a rounded one (within {@code slack}, and never below 5 since smaller
     * counts are withheld), or "<5": 1 to 4 where zero is released as 0 (exact releases), 0 to 4 where it is not.
     */
    void released(String count, Object value, int slack) {
        Bounds bounds = bounds(count);
        long lo;
        long hi;
        String how;
        if ("<5".equals(value)) {
            lo = slack == 0 ? 1 : 0;
            hi = 4;
            how = "<5";
        } else {
            long number = ((Number) value).longValue();
            lo = number == 0 ? 0 : slack == 0 ? number : Math.max(5, number - slack);
            hi = number == 0 ? 0 : number + slack;
            how = slack == 0 || number == 0 ? "exact" : "rounded";
        }
        narrow(count, bounds, lo, hi);
        if (bounds.released == null || how.equals("<5")) {
            bounds.released = how;
        }
    }

    void sum(String total, List<String> parts) {
        bounds(total);
        parts.forEach(this::bounds);
        sums.add(new Sum(total, List.copyOf(parts)));
    }

    /** Propagates the bounds through every sum until nothing changes. */
    void propagate() {
        boolean changed = true;
        int rounds = 0;
        while (changed && rounds++ < 200) {
            changed = false;
            for (Sum sum : sums) {
                Bounds total = counts.get(sum.total());
                long partsLo = 0;
                long partsHi = 0;
                for (String part : sum.parts()) {
                    partsLo += counts.get(part).lo;
                    partsHi += counts.get(part).hi;
                }
                changed |= narrow(sum.total(), total, partsLo, partsHi);
                for (String part : sum.parts()) {
                    Bounds bounds = counts.get(part);
                    long othersLo = partsLo - bounds.lo;
                    long othersHi = partsHi - bounds.hi;
                    changed |= narrow(part, bounds, total.lo - othersHi, total.hi - othersLo);
                }
            }
        }
    }

    private boolean narrow(String count, Bounds bounds, long lo, long hi) {
        long newLo = Math.max(bounds.lo, lo);
        long newHi = Math.min(bounds.hi, hi);
        if (newLo > newHi) {
            contradictions.add(count + ": " + bounds + " and " + lo + ".." + hi);
            return false;
        }
        boolean changed = newLo != bounds.lo || newHi != bounds.hi;
        bounds.lo = newLo;
        bounds.hi = newHi;
        return changed;
    }
}
