package de.amm.casedesk.casefile;

import de.amm.casedesk.codelist.ClosingReason;
import de.amm.casedesk.common.api.Ref;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of cases. */
public final class CaseApi {

    private CaseApi() {}

    @Schema(name = "NewCase", description = "A case to open for a mentee")
    public record NewCase(
            @Schema(description = "The project; may be left out by staff of one project only")
            UUID projectId,

            @NotNull UUID menteeId,

            @Schema(description = "Lead mentor (person id); the caller when left out")
            UUID leadMentorId,

            @NotNull @PastOrPresent @Schema(examples = "2026-03-02")
            LocalDate startedOn,

            @Size(max = 10) @Schema(description = "Other mentors who help (person ids)")
            List<@NotNull UUID> assistantIds) {}

    @Schema(name = "CaseChange", description = "A case's changeable data; close it with endedOn and closingReason")
    public record CaseChange(
            @NotNull UUID leadMentorId,
            @NotNull @PastOrPresent LocalDate startedOn,
            @PastOrPresent @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) ClosingReason closingReason,
            @Size(max = 10) List<@NotNull UUID> assistantIds) {}

    @Schema(name = "Case", description = "A case (Betreuung): a mentee supported by a project")
    public record CaseView(
            UUID id,
            UUID projectId,
            UUID menteeId,
            @Schema(examples = "TN-7K3F9Q") String menteePseudonym,
            Ref leadMentor,
            List<Ref> assistants,
            LocalDate startedOn,
            @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) ClosingReason closingReason,
            @Schema(enumeration = {"open", "closed"}) String status,
            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
