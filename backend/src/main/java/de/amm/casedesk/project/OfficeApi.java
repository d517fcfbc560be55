package de.amm.casedesk.project;

import de.amm.casedesk.project.ProjectApi.Address;
import de.amm.casedesk.project.ProjectApi.Position;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of project offices. */
public final class OfficeApi {

    private OfficeApi() {}

    @Schema(name = "OfficeInput", description = "A branch office of a project")
    public record OfficeInput(
            @Size(max = 200) @Schema(examples = "Außenstelle Döbeln", nullable = true)
            String label,

            @NotNull @Valid Address address,
            @NotNull @Valid Position position,

            @Size(max = 40)
            @Pattern(regexp = "\\+?[0-9 ()/-]{5,40}", message = "{field.phone}")
            @Schema(examples = "+49 3431 555 0303", nullable = true)
            String phone,

            @Size(max = 500) @Schema(examples = "Di 9–15 Uhr", nullable = true)
            String openingHours) {}

    @Schema(name = "OfficesInput", description = "A project's branch offices, replacing the ones it has")
    public record OfficesInput(@NotNull @Size(max = 20) List<@NotNull @Valid OfficeInput> branches) {}

    @Schema(name = "Office", description = "An office of a project on the public map, with the project's contacts")
    public record OfficeView(
            UUID id,
            UUID projectId,

            @Schema(examples = "Arbeitsmarktmentoren Leipzig")
            String projectName,

            @Schema(description = "Carrier organisation (Träger)")
            String carrier,

            @Schema(description = "The project's main office (its address); else a branch")
            boolean main,

            @Schema(nullable = true, examples = "Außenstelle Döbeln")
            String label,

            Address address,
            Position position,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String website,

            @Schema(nullable = true, description = "Opening hours of this office")
            String openingHours,

            @Schema(description = "ISO 639-1 codes of the languages spoken in the project")
            List<String> languages,

            @Schema(description = "AGS codes of the districts the project serves")
            List<String> districts) {}
}
