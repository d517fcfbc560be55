package de.amm.casedesk.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of referrals. */
public final class ReferralApi {

    private ReferralApi() {}

    @Schema(name = "ReferralInput", description = "A mentee sent on to another integration service")
    public record ReferralInput(
            @Schema(description = "The project; may be left out by staff of one project only")
            UUID projectId,

            @NotNull UUID menteeId,

            @NotNull @PastOrPresent @Schema(examples = "2026-10-14")
            LocalDate referredOn,

            @NotBlank @Size(max = 200) @Schema(examples = "IQ Anerkennungsberatung Sachsen")
            String provider,

            @NotBlank @Size(max = 200) @Schema(examples = "Anerkennung des Pflegeabschlusses")
            String topic,

            @Size(max = 2000) String note) {}

    @Schema(name = "Referral")
    public record ReferralView(
            UUID id,
            UUID projectId,
            UUID menteeId,
            LocalDate referredOn,
            String provider,
            String topic,

            @Schema(nullable = true, description = "Withheld outside the mentee's projects")
            String note,

            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
