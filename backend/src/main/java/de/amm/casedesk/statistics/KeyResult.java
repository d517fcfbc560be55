package de.amm.casedesk.statistics;

/**
 * The four key results (docs/key-results.md) and the fact rows their links come from (docs/statistics.md): a
 * link's own day, the day it stops counting (its exit) and the previous link's exit, as columns of its fact
 * table.
 */
enum KeyResult {
    SUPPORTED("supported", "stat_episode", "true", "started_on", "ended_on", "prev_ended_on", true),
    PLACED("placed", "stat_placement", "counting", "started_on", "started_on", "prev_started_on", true),
    SUSTAINABLE("sustainable", "stat_placement", "qualifies", "mark_on", "mark_on", "prev_mark_on", true),
    EMPLOYERS("employers", "stat_employer_day", "true", "occurred_on", "occurred_on", "prev_on", false);

    /** As stored in stat_cell.key_result. */
    final String code;

    final String factTable;
    /** Which rows of the fact table are links of this key result. */
    final String linkRows;

    final String linkDay;
    final String exitDay;
    final String previousExitDay;
    /** Counts mentees (with the mentee filters and a female share); employers are counted otherwise. */
    final boolean ofMentees;

    KeyResult(
            String code,
            String factTable,
            String linkRows,
            String linkDay,
            String exitDay,
            String previousExitDay,
            boolean ofMentees) {
        this.code = code;
        this.factTable = factTable;
        this.linkRows = linkRows;
        this.linkDay = linkDay;
        this.exitDay = exitDay;
        this.previousExitDay = previousExitDay;
        this.ofMentees = ofMentees;
    }

    /** The fact rows' column that tells a female mentee (false for employers). */
    String femaleColumn() {
        return ofMentees ? "female" : "false";
    }

    /** The fact rows' column with the record key of the counted mentee (0 for employers). */
    String keyColumn() {
        return ofMentees ? "record_key" : "0";
    }

    static KeyResult of(String code) {
        for (KeyResult keyResult : values()) {
            if (keyResult.code.equals(code)) {
                return keyResult;
            }
        }
        throw new IllegalArgumentException("no key result " + code);
    }
}
