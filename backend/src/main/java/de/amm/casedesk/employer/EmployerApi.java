package de.amm.casedesk.employer;

import de.amm.casedesk.codelist.Sector;
import de.amm.casedesk.codelist.SizeClass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of employers. */
public final class EmployerApi {

    private EmployerApi() {}

    @Schema(name = "ContactPerson", description = "The employer's contact person")
    public record ContactPerson(
            @Size(max = 200) @Schema(examples = "Petra Lange", nullable = true)
            String name,

            @Size(max = 40)
            @Pattern(regexp = "\\+?[0-9 ()/-]{5,40}", message = "{field.phone}")
            @Schema(examples = "+49 341 555 0190", nullable = true)
            String phone,

            @Size(max = 254) @Email @Schema(examples = "p.lange@pflege-sonnenhof.example", nullable = true)
            String email) {}

    @Schema(name = "EmployerInput", description = "An employer as recorded by project staff")
    public record EmployerInput(
            @Schema(description = "The project; may be left out by staff of one project only")
            UUID projectId,

            @NotBlank @Size(max = 200) @Schema(examples = "Pflegedienst Sonnenhof GmbH")
            String name,

            @Schema(description = "WZ 2008 section (code list sector)", examples = "Q")
            Sector sector,

            SizeClass sizeClass,

            @Pattern(regexp = "\\d{5}", message = "{field.ags_code}")
            @Schema(description = "AGS code of the district", examples = "14713")
            String district,

            @Valid ContactPerson contact,
            @Size(max = 4000) String notes) {}

    @Schema(name = "Employer")
    public record EmployerView(
            UUID id,
            UUID projectId,

            @Schema(examples = "Pflegedienst Sonnenhof GmbH")
            String name,

            @Schema(nullable = true) Sector sector,
            @Schema(nullable = true) SizeClass sizeClass,
            @Schema(nullable = true) String district,
            ContactPerson contact,
            @Schema(nullable = true) String notes,
            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
