package de.amm.casedesk.employer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of employers' enquiries. */
public final class EnquiryApi {

    private EnquiryApi() {}

    @Schema(name = "EnquiryForm", description = "A fresh form: send its token with the enquiry")
    public record EnquiryForm(
            @Schema(description = "Signed time the form was handed out")
            String formToken,

            @Schema(description = "An enquiry sent sooner after the form was handed out is refused", examples = "3")
            int minimumSeconds,

            @Schema(description = "The form expires after this many seconds", examples = "7200")
            int validSeconds) {}

    @Schema(name = "EmployerEnquiryInput", description = "An employer asks for skilled workers")
    public record EnquiryInput(
            @NotBlank @Size(max = 300) @Schema(description = "From GET /public/employer-enquiries/form")
            String formToken,

            @NotBlank @Size(max = 200) @Schema(examples = "Muster Logistik GmbH")
            String company,

            @NotBlank @Size(max = 200) @Schema(examples = "Maria Beispiel")
            String contactName,

            @Size(max = 254) @Email @Schema(examples = "personal@muster-logistik.example", nullable = true)
            String email,

            @Size(max = 40)
            @Pattern(regexp = "\\+?[0-9 ()/-]{5,40}", message = "{field.phone}")
            @Schema(examples = "+49 341 555 0000", nullable = true)
            String phone,

            @Pattern(regexp = "\\d{5}", message = "{field.postal_code}")
            @Schema(
                    description = "The company's postal code in Saxony; or district",
                    examples = "04109",
                    nullable = true)
            String postalCode,

            @Pattern(regexp = "\\d{5}", message = "{field.ags_code}")
            @Schema(description = "The district (AGS code); or postalCode", examples = "14713", nullable = true)
            String district,

            @Schema(
                    description = "One of the projects serving the district; the first by name if left out",
                    nullable = true)
            UUID projectId,

            @NotBlank @Size(max = 2000) @Schema(examples = "Wir suchen zwei Berufskraftfahrer/innen ab März.")
            String message,

            @NotNull @Schema(description = "Consent to be contacted about the enquiry; must be true")
            Boolean consent,

            @Size(max = 500) @Schema(description = "Leave empty (a field people do not see)", nullable = true)
            String website) {}

    @Schema(name = "EnquiryReceipt", description = "Where the enquiry went")
    public record EnquiryReceipt(
            UUID projectId,

            @Schema(examples = "Arbeitsmarktmentoren Leipzig")
            String projectName) {}

    @Schema(name = "EnquiryStatus", description = "Where the project stands with the enquiry")
    public enum Status implements Coded {
        NEW("new", "Neu", "New"),
        CONTACTED("contacted", "Kontaktiert", "Contacted"),
        CLOSED("closed", "Erledigt", "Closed");

        private final String code;
        private final Labels labels;

        Status(String code, String de, String en) {
            this.code = code;
            this.labels = new Labels(de, en);
        }

        @JsonValue
        @Override
        public String code() {
            return code;
        }

        @Override
        public Labels labels() {
            return labels;
        }

        @JsonCreator
        public static Status of(String code) {
            return Coded.of(Status.class, code);
        }
    }

    @Schema(name = "EmployerEnquiry", description = "An employer's enquiry in the project's inbox")
    public record EnquiryView(
            UUID id,
            UUID projectId,
            @Schema(examples = "14713") String district,
            String company,
            String contactName,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone,
            String message,
            Status status,
            Instant receivedAt,
            long version) {}

    @Schema(name = "EnquiryStatusInput")
    public record StatusInput(@NotNull Status status) {}
}
