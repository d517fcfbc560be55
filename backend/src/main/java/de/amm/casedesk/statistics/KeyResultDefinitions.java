package de.amm.casedesk.statistics;

/**
 * The programme's key results, defined once in docs/key-results.md. The fact views and functions of migration V7
 * (stat_counts_as_placed, stat_sustainability_mark, stat_episode_source, stat_placement_source), the cells and
 * the counting of {@link StatisticsRepository} and {@link CellAlgebra} implement exactly these words
 * (docs/statistics.md); the API documents them with {@link #DESCRIPTION} and names {@link #VERSION} in every
 * answer.
 */
public final class KeyResultDefinitions {

    /** Changes whenever a definition changes, so that figures can be traced to the words they follow. */
    public static final String VERSION = "2026.1";

    /** Months after the start of a counting placement at which integration counts as sustainable. */
    public static final int SUSTAINABLE_AFTER_MONTHS = 6;

    public static final String DESCRIPTION = "Key-result definitions, version " + VERSION + ". For a period [from, to]"
            + " (both days included) and the filters given:\n"
            + "- menteesSupported: distinct mentees with at least one case whose span overlaps the period (started on"
            + " or before `to`, not ended before `from`).\n"
            + "- employersSupported: distinct employers with at least one activity (Kontakt) in the period.\n"
            + "- menteesPlaced: distinct mentees with at least one counting placement that starts in the period."
            + " Counting types: employment subject to social insurance, vocational training, self-employment."
            + " Marginal employment, entry qualification and internship are recorded and reported separately"
            + " (dimension placementType), not counted here.\n"
            + "- menteesSustainablyIntegrated: distinct mentees with at least one counting placement whose mark (start"
            + " + " + SUSTAINABLE_AFTER_MONTHS + " calendar months, the month's last day where the day does not exist)"
            + " falls in the period and which had not ended before that mark (an end on the mark itself counts).\n"
            + "- female / femaleShare: female mentees counted, and their share of all mentees counted, for each"
            + " mentee figure (diverse and not stated count as not female).\n"
            + "Figures depend only on records dated on or before `to`. Filters: projectId (the project of the case,"
            + " placement or activity; a mentee counts once overall even when supported by several projects, and"
            + " once in each project), district (the mentee's district of residence; for employers the employer's"
            + " district), phase (the period is cut to the funding phase), targetGroup (women: female mentees;"
            + " withoutQualification: mentees without a vocational qualification; both apply to mentee figures"
            + " only). For the ministry and the public, figures are released under disclosure control"
            + " (docs/disclosure-control.md): whole completed months, one district or project at a time; counts"
            + " below 5 are \"<5\", every other count of people or records is rounded to a multiple of 5 as keyed"
            + " by the records counted (within 4 of the truth; the same people always give the same figure);"
            + " employers are counted exactly. Each such answer says so in `disclosure`.";

    private KeyResultDefinitions() {}
}
