package de.amm.casedesk.placement;

import de.amm.casedesk.codelist.PlacementEndReason;
import de.amm.casedesk.codelist.PlacementType;
import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.followup.FollowUpApi.FollowUpView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of placements. */
public final class PlacementApi {

    private PlacementApi() {}

    @Schema(name = "PlacementInput", description = "A placement into work or training")
    public record PlacementInput(
            @Schema(description = "The project; may be left out by staff of one project only")
            UUID projectId,

            @NotNull UUID menteeId,

            @Schema(description = "The employer (of the same project); not needed for self-employment")
            UUID employerId,

            @NotNull PlacementType type,
            @NotNull @Schema(examples = "2026-03-01") LocalDate startedOn,
            @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) PlacementEndReason endReason,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("60") @Schema(examples = "39")
            BigDecimal weeklyHours,

            @Size(max = 200) @Schema(examples = "Pflegefachhelferin")
            String occupation) {}

    @Schema(name = "Placement")
    public record PlacementView(
            UUID id,
            UUID projectId,
            UUID menteeId,
            @Schema(nullable = true) Ref employer,
            PlacementType type,

            @Schema(description = "Counts as placed in work or vocational training for the key results")
            boolean counting,

            LocalDate startedOn,
            @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) PlacementEndReason endReason,
            @Schema(nullable = true) BigDecimal weeklyHours,
            @Schema(nullable = true) String occupation,

            @Schema(description = "Starts outside every case of the mentee in the project")
            boolean outsideCaseSpan,

            List<FollowUpView> followUps,
            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
