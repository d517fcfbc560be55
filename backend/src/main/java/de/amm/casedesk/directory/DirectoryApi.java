package de.amm.casedesk.directory;

import de.amm.casedesk.project.ProjectApi.Address;
import de.amm.casedesk.project.ProjectApi.Position;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

/** The API models of the directory of integration services. */
public final class DirectoryApi {

    private DirectoryApi() {}

    @Schema(name = "ServiceContact", description = "How people reach the service")
    public record ServiceContact(
            @Size(max = 40)
            @Pattern(regexp = "\\+?[0-9 ()/-]{5,40}", message = "{field.phone}")
            @Schema(examples = "+49 341 555 0200", nullable = true)
            String phone,

            @Size(max = 254) @Email @Schema(examples = "beratung@iq-demo.example", nullable = true)
            String email,

            @Size(max = 500)
            @URL(regexp = "^https?://.*", message = "{field.url}")
            @Schema(examples = "https://iq-demo.example", nullable = true)
            String website,

            @Size(max = 500) @Schema(examples = "Mo–Do 9–15 Uhr", nullable = true)
            String openingHours) {}

    @Schema(name = "IntegrationServiceInput", description = "A service of the directory as created or replaced")
    public record ServiceInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Anerkennungsberatung Leipzig")
            String name,

            @NotBlank @Size(max = 200) @Schema(examples = "IQ Netzwerk Sachsen")
            String provider,

            @NotNull ServiceKind kind,

            @Size(max = 2000) @Schema(examples = "Beratung zur Anerkennung ausländischer Berufsabschlüsse")
            String description,

            @NotNull @Valid Address address,
            @NotNull @Valid Position position,
            @NotNull @Valid ServiceContact contact,

            @NotEmpty
            @Size(max = 13)
            @Schema(description = "AGS codes of the districts served", examples = "[\"14713\"]")
            List<@NotNull @Pattern(regexp = "\\d{5}", message = "{field.ags_code}") String> districts,

            @Size(max = 30)
            @Schema(description = "ISO 639-1 codes of the languages offered", examples = "[\"de\", \"ar\"]")
            List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{field.language_code}") String> languages,

            @Size(max = 6) @Schema(description = "Whom the service is meant for")
            List<@NotNull ServiceAudience> targetGroups,

            @Schema(description = "Invented for a demo system", examples = "false")
            boolean demo) {}

    @Schema(name = "IntegrationService", description = "A service of the directory around the programme")
    public record ServiceView(
            UUID id,
            String name,
            String provider,
            ServiceKind kind,
            @Schema(nullable = true) String description,
            Address address,
            Position position,
            ServiceContact contact,

            @Schema(description = "AGS codes of the districts served")
            List<String> districts,

            List<String> languages,
            List<ServiceAudience> targetGroups,

            @Schema(description = "Invented for a demo system")
            boolean demo,

            @Schema(description = "Version for optimistic locking; also sent as ETag")
            long version) {}

    @Schema(name = "DistrictRef", description = "A Saxon district")
    public record DistrictRef(
            @Schema(examples = "14713") String ags,
            @Schema(examples = "Leipzig") String name) {}

    @Schema(name = "ServiceSearchResult", description = "Services found, at most 200, nearest first")
    public record ServiceSearchResult(
            @Schema(nullable = true, description = "The district searched (also when found by postal code)")
            DistrictRef district,

            @Schema(description = "How many services match") int total,
            List<ServiceView> items) {}

    @Schema(name = "PostalCodeArea", description = "The district a postal code lies in")
    public record PostalCodeArea(@Schema(examples = "04109") String postalCode, DistrictRef district) {}
}
