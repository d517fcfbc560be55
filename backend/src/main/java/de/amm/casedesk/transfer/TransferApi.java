package de.amm.casedesk.transfer;

import de.amm.casedesk.common.api.Ref;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of transfers between projects. */
public final class TransferApi {

    private TransferApi() {}

    @Schema(name = "TransferRequest", description = "Hand a mentee over to another project of the programme")
    public record NewTransfer(
            @NotNull UUID menteeId,

            @Schema(description = "The handing-over project; may be left out by staff of one project only")
            UUID fromProjectId,

            @NotNull UUID toProjectId,

            @Size(max = 2000)
            @Schema(
                    nullable = true,
                    description = "For the receiving project: why, what is going on (seen by both projects)")
            String note) {}

    @Schema(name = "TransferAcceptance", description = "Take the mentee over and open the receiving project's case")
    public record Acceptance(
            @Schema(nullable = true, description = "Lead mentor of the new case; the caller when left out")
            UUID leadMentorId,

            @PastOrPresent @Schema(nullable = true, description = "Start of the new case; today when left out")
            LocalDate startedOn) {}

    @Schema(name = "TransferDecline", description = "Decline a transfer")
    public record Decline(
            @NotNull @Size(min = 1, max = 2000) String reason) {}

    @Schema(name = "TransferMentee", description = "Who is handed over")
    public record MenteeInTransfer(
            UUID id,
            String pseudonym,

            @Schema(nullable = true, description = "Empty once anonymised")
            String name,

            @Schema(nullable = true) Integer yearOfBirth,
            @Schema(nullable = true) String district) {}

    @Schema(name = "Transfer", description = "A mentee handed over from one project to another")
    public record TransferView(
            UUID id,
            MenteeInTransfer mentee,
            Ref fromProject,
            Ref toProject,
            @Schema(nullable = true) Ref requestedBy,
            LocalDate requestedOn,
            @Schema(nullable = true) String note,

            @Schema(enumeration = {"requested", "accepted", "declined", "cancelled"})
            String status,

            @Schema(nullable = true) Ref decidedBy,
            @Schema(nullable = true) LocalDate decidedOn,
            @Schema(nullable = true) String declineReason,

            @Schema(nullable = true, description = "The receiving project's case, opened on acceptance")
            UUID caseId,

            long version) {}
}
