package de.amm.casedesk.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

/** The API models of the project directory. */
public final class ProjectApi {

    private ProjectApi() {}

    @Schema(name = "Address")
    public record Address(
            @NotBlank @Size(max = 200) @Schema(examples = "Karl-Liebknecht-Straße 12")
            String street,

            @NotNull @Pattern(regexp = "\\d{5}", message = "{field.postal_code}") @Schema(examples = "04107")
            String postalCode,

            @NotBlank @Size(max = 100) @Schema(examples = "Leipzig")
            String city) {}

    @Schema(name = "ProjectContact", description = "How immigrants and employers reach the project")
    public record Contact(
            @Size(max = 40)
            @Pattern(regexp = "\\+?[0-9 ()/-]{5,40}", message = "{field.phone}")
            @Schema(examples = "+49 341 555 0100")
            String phone,

            @Size(max = 254) @Email @Schema(examples = "leipzig@amm-demo.example")
            String email,

            @Size(max = 500)
            @URL(regexp = "^https?://.*", message = "{field.url}")
            @Schema(examples = "https://leipzig.amm-demo.example")
            String website,

            @Size(max = 500) @Schema(examples = "Mo–Do 9–16 Uhr, Fr 9–12 Uhr")
            String officeHours,

            @Size(max = 30)
            @Schema(description = "ISO 639-1 codes of the languages spoken", examples = "[\"de\", \"en\", \"ar\"]")
            List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{field.language_code}") String> languages) {}

    @Schema(name = "Position", description = "Where the project is shown on the map (WGS 84)")
    public record Position(
            @NotNull @DecimalMin("47.2") @DecimalMax("55.1") @Schema(examples = "51.3397")
            BigDecimal latitude,

            @NotNull @DecimalMin("5.8") @DecimalMax("15.1") @Schema(examples = "12.3731")
            BigDecimal longitude) {}

    @Schema(name = "Project", description = "A local project with its public contact data")
    public record ProjectView(
            UUID id,

            @Schema(examples = "Arbeitsmarktmentoren Leipzig")
            String name,

            @Schema(description = "Carrier organisation (Träger)", examples = "Bildungswerk Leipziger Land e.V.")
            String carrier,

            Address address,
            Contact contact,
            Position position,

            @Schema(description = "AGS codes of the districts served", examples = "[\"14713\"]")
            List<String> districts,

            @Schema(description = "Mentor positions in full-time equivalents", examples = "6.5", nullable = true)
            BigDecimal mentorPositions,

            @Schema(description = "Yearly funding in euros", examples = "420000.00", nullable = true)
            BigDecimal yearlyFunding,

            @Schema(description = "Version for optimistic locking; also sent as ETag", examples = "0")
            long version) {}

    @Schema(name = "ProjectInput", description = "A project as created or replaced by the coordination entity")
    public record ProjectInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Arbeitsmarktmentoren Leipzig")
            String name,

            @NotBlank @Size(max = 200) @Schema(examples = "Bildungswerk Leipziger Land e.V.")
            String carrier,

            @NotNull @Valid Address address,
            @NotNull @Valid Contact contact,
            @NotNull @Valid Position position,

            @NotEmpty
            @Size(max = 13)
            @Schema(description = "AGS codes of the districts served", examples = "[\"14713\"]")
            List<@NotNull @Pattern(regexp = "\\d{5}", message = "{field.ags_code}") String> districts,

            @DecimalMin("0") @DecimalMax("999") @Digits(integer = 3, fraction = 2) @Schema(examples = "6.5")
            BigDecimal mentorPositions,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(examples = "420000.00")
            BigDecimal yearlyFunding) {}
}
