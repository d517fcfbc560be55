package de.amm.casedesk.statistics;

import de.amm.casedesk.common.api.Labels;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of the key results and their breakdowns. */
public final class StatisticsApi {

    private StatisticsApi() {}

    @Schema(name = "MenteeFigure", description = "A mentee figure: all mentees counted, the female ones, their share")
    public record MenteeFigure(
            Count total,
            Count female,

            @Schema(
                    description = "female / total (0 to 1); null when withheld or when nobody was counted",
                    nullable = true,
                    examples = "0.35")
            Double femaleShare) {}

    @Schema(name = "EmployerFigure", description = "Employers counted")
    public record EmployerFigure(@Schema(examples = "1997") long total) {}

    @Schema(name = "Period", description = "The period the figures cover, both days included")
    public record Period(
            @Schema(examples = "2020-01-01") LocalDate from,
            @Schema(examples = "2024-06-30") LocalDate to) {}

    @Schema(name = "AppliedFilters", description = "The filters the figures were computed with")
    public record AppliedFilters(
            @Schema(description = "Projects; empty: all projects the caller may see")
            List<UUID> projectIds,

            @Schema(description = "Districts of residence (AGS codes); empty: all")
            List<String> districts,

            @Schema(nullable = true, examples = "phase2") String phase,

            @Schema(description = "Target groups", examples = "[\"women\"]")
            List<String> targetGroups) {}

    @Schema(name = "KeyResults", description = "The programme's four key results for a period and filters")
    public record KeyResults(
            Period period,
            AppliedFilters filters,
            @Schema(examples = KeyResultDefinitions.VERSION) String definitionVersion,
            MenteeFigure menteesSupported,
            EmployerFigure employersSupported,
            MenteeFigure menteesPlaced,
            MenteeFigure menteesSustainablyIntegrated,

            @Schema(description = "Projects with at least one active mentor or lead on `to`", examples = "14")
            long projects,

            @Schema(description = "Mentors and project leads active on `to`", examples = "76")
            long activeMentors,

            @Schema(description = "True when the figures are released under disclosure control (ministry, public)")
            boolean withheld,

            @Schema(nullable = true) DisclosureNote disclosure) {}

    @Schema(
            name = "Disclosure",
            description = "How the figures of an answer to the ministry or the public are protected: small counts"
                    + " withheld, other counts rounded (null in answers with exact figures)")
    public record DisclosureNote(
            @Schema(examples = "cellKeyRounding", description = "The method: counts rounded as keyed by the records")
            String method,

            @Schema(examples = "5", description = "Released counts are multiples of this, within base - 1 of the truth")
            int roundingBase,

            @Schema(examples = "<5", description = "The marker of a withheld count of 1 to 4")
            String smallCount,

            String description) {}

    @Schema(name = "FollowUpFigure", description = "Follow-ups due in the period, by result")
    public record FollowUpFigure(
            Count stillThere,
            Count left,
            Count notReachable,
            Count open,

            @Schema(
                    description =
                            "stillThere / (stillThere + left + notReachable); null when withheld or none recorded",
                    nullable = true)
            Double stillThereShare) {}

    @Schema(
            name = "BreakdownRow",
            description = "The figures of one group; fields that do not apply to the dimension are null")
    public record BreakdownRow(
            @Schema(
                    description = "Stable key of the group (a code, AGS, project id, 2024-Q1, ...); null: unknown",
                    nullable = true)
            String key,

            Labels label,
            @Schema(nullable = true) MenteeFigure menteesSupported,
            @Schema(nullable = true) EmployerFigure employersSupported,
            @Schema(nullable = true) MenteeFigure menteesPlaced,
            @Schema(nullable = true) MenteeFigure menteesSustainablyIntegrated,

            @Schema(nullable = true, description = "Placements of any type starting in the period")
            MenteeFigure placements,

            @Schema(nullable = true, description = "Activities with the topic in the period")
            Count activities,

            @Schema(nullable = true) FollowUpFigure followUps,

            @Schema(nullable = true, description = "Referrals made in the period with this outcome")
            Count referrals) {}

    @Schema(name = "Breakdown", description = "Figures by one dimension")
    public record Breakdown(
            Dimension dimension,
            Period period,
            AppliedFilters filters,
            String definitionVersion,
            List<BreakdownRow> rows,

            @Schema(
                    nullable = true,
                    description = "The figures of the whole period and filters (for non-time dimensions)")
            BreakdownRow total,

            @Schema(description = "True when the figures are released under disclosure control (ministry, public)")
            boolean withheld,

            @Schema(nullable = true) DisclosureNote disclosure) {}
}
