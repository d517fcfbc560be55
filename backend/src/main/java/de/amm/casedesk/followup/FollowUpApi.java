package de.amm.casedesk.followup;

import de.amm.casedesk.codelist.FollowUpResult;
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
            @Size(max = 2000) String note) {}
}
