package de.amm.casedesk.mentee;

import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.common.api.Ref;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of consent. */
public final class ConsentApi {

    private ConsentApi() {}

    @Schema(
            name = "NewConsent",
            description = "A consent declaration as the mentee signed it: the scopes, the version of the consent text,"
                    + " and the day. Scopes in force under an older text are replaced by the new declaration.")
    public record NewConsent(
            @NotEmpty @Size(max = 5) @Schema(description = "What the mentee consents to (code list consentScope)")
            List<@NotNull ConsentScope> scopes,

            @NotBlank
            @Size(max = 40)
            @Schema(description = "Version of the consent text the mentee signed", examples = "2026-01")
            String textVersion,

            @NotNull @PastOrPresent @Schema(examples = "2026-11-20")
            LocalDate givenOn) {}

    @Schema(name = "ConsentWithdrawal", description = "Scopes the mentee withdraws, from a day on")
    public record Withdrawal(
            @NotEmpty
            @Size(max = 5)
            @Schema(
                    description = "The scopes withdrawn. Withdrawing counselling withdraws every scope, closes the"
                            + " mentee's open cases and anonymises the mentee (docs/gdpr.md).")
            List<@NotNull ConsentScope> scopes,

            @NotNull @PastOrPresent @Schema(examples = "2026-11-28")
            LocalDate withdrawnOn) {}

    @Schema(name = "ConsentRecord", description = "One scope of one declaration, as given and (maybe) withdrawn")
    public record ConsentRecordView(
            UUID id,

            @Schema(description = "The declaration (one signed form) this scope was given in")
            UUID declarationId,

            ConsentScope scope,
            @Schema(examples = "2026-01") String textVersion,
            LocalDate givenOn,

            @Schema(description = "The project that recorded it")
            UUID projectId,

            @Schema(nullable = true, description = "Who recorded it (staff)")
            Ref recordedBy,

            Instant recordedAt,
            @Schema(nullable = true) LocalDate withdrawnOn,
            @Schema(nullable = true) Ref withdrawalRecordedBy,
            @Schema(nullable = true) Instant withdrawalRecordedAt,

            @Schema(nullable = true, description = "Replaced by this row of a declaration to a newer text")
            UUID supersededBy,

            @Schema(description = "A signed form is stored for the declaration")
            boolean hasForm) {}

    @Schema(name = "ConsentState", description = "What a mentee's consent covers today, and its whole history")
    public record ConsentState(
            UUID menteeId,

            @Schema(description = "Scopes in force on the programme's today")
            List<ConsentScope> inForce,

            @Schema(description = "Every scope row, oldest first")
            List<ConsentRecordView> history) {}

    @Schema(name = "ConsentWithdrawn", description = "The state after a withdrawal, and what followed from it")
    public record WithdrawalResult(
            ConsentState consent,

            @Schema(description = "Cases closed because counselling was withdrawn")
            int casesClosed,

            @Schema(description = "The mentee was anonymised because counselling was withdrawn")
            boolean anonymised) {}
}
