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

            @Schema(
                    description = "The service of the directory the mentee was sent to; or provider as text",
                    nullable = true)
            UUID serviceId,

            @Size(max = 200)
            @Schema(
                    description = "Who the mentee was sent to, as text; required without serviceId (then the service's"
                            + " name and provider by default)",
                    examples = "IQ Anerkennungsberatung Sachsen",
                    nullable = true)
            String provider,

            @NotBlank @Size(max = 200) @Schema(examples = "Anerkennung des Pflegeabschlusses")
            String topic,

            @Size(max = 2000) String note,

            @Schema(description = "What became of it; waiting when left out", nullable = true)
            ReferralOutcome outcome) {}

    @Schema(name = "Referral")
    public record ReferralView(
            UUID id,
            UUID projectId,
            UUID menteeId,
            LocalDate referredOn,

            @Schema(nullable = true, description = "The service of the directory, if one was picked")
            UUID serviceId,

            String provider,
            String topic,
            ReferralOutcome outcome,

            @Schema(nullable = true, description = "Withheld outside the mentee's projects")
            String note,

            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
