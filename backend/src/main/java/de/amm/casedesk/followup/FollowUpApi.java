package de.amm.casedesk.followup;

import de.amm.casedesk.codelist.FollowUpResult;
import de.amm.casedesk.codelist.PlacementEndReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of follow-ups. */
public final class FollowUpApi {

    private FollowUpApi() {}

    @Schema(
            name = "FollowUp",
            description = "A follow-up, created with the placement at 3, 6 and 12 months after its start")
    public record FollowUpView(
            UUID id,
            UUID projectId,
            UUID placementId,
            UUID menteeId,
            @Schema(enumeration = {"3", "6", "12"}) int months,
            LocalDate dueOn,
            @Schema(nullable = true) LocalDate checkedOn,
            @Schema(nullable = true) FollowUpResult result,

            @Schema(nullable = true, description = "Withheld outside the mentee's projects")
            String note,

            @Schema(description = "Open and due before today")
            boolean overdue,

            long version) {}

    @Schema(name = "FollowUpResultInput", description = "The result of a follow-up")
    public record FollowUpResultInput(
            @NotNull @PastOrPresent @Schema(examples = "2026-06-02")
            LocalDate checkedOn,

            @NotNull FollowUpResult result,
            @Size(max = 2000) String note,

            @PastOrPresent
            @Schema(
                    nullable = true,
                    examples = "2026-05-29",
                    description = "With result left: the day the placement ended (default: checkedOn). The"
                            + " placement ends on that day unless it had ended before, and its later open"
                            + " follow-ups are dropped; the key results follow at once")
            LocalDate leftOn,

            @Schema(
                    nullable = true,
                    description = "With result left: why the placement ended (code list placementEndReason;"
                            + " default other)")
            PlacementEndReason endReason) {

        public FollowUpResultInput(LocalDate checkedOn, FollowUpResult result, String note) {
            this(checkedOn, result, note, null, null);
        }
    }

    /**
     * A follow-up was recorded. Fired inside the transaction that records it, so that whoever owns the placement
     * can act on a result of "left" in the same transaction.
     */
    public record FollowUpRecorded(
            UUID followUpId, UUID placementId, FollowUpResult result, LocalDate leftOn, PlacementEndReason endReason) {}
}
