package de.amm.casedesk.statistics;

/**
 * An exact count of mentees (or employers, or records) and the female ones among them, each with the sum of
 * the counted records' keys, from which {@link Disclosure} derives how a released figure is rounded.
 */
record Tally(long total, long female, long totalKeys, long femaleKeys) {

    static final Tally ZERO = new Tally(0, 0, 0, 0);

    static Tally of(long total, long female) {
        return new Tally(total, female, 0, 0);
    }

    Tally plus(Tally other) {
        return new Tally(
                total + other.total, female + other.female, totalKeys + other.totalKeys, femaleKeys + other.femaleKeys);
    }

    Tally times(int sign) {
        return new Tally(sign * total, sign * female, sign * totalKeys, sign * femaleKeys);
    }

    boolean isZero() {
        return total == 0 && female == 0;
    }
}
