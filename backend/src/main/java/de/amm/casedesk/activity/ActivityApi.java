package de.amm.casedesk.activity;

import de.amm.casedesk.codelist.Channel;
import de.amm.casedesk.codelist.Topic;
import de.amm.casedesk.common.api.Ref;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of activities (Kontakte). */
public final class ActivityApi {

    private ActivityApi() {}

    @Schema(
            name = "ActivityInput",
            description = "An activity (Kontakt): a dated contact with a mentee and/or an employer and/or an authority")
    public record ActivityInput(
            @Schema(description = "The project; may be left out by staff of one project only")
            UUID projectId,

            @Schema(description = "The mentee (of the same project)")
            UUID menteeId,

            @Schema(description = "The employer (of the same project)")
            UUID employerId,

            @Size(max = 200) @Schema(description = "The authority, by name", examples = "Ausländerbehörde Leipzig")
            String authority,

            @NotNull @PastOrPresent @Schema(examples = "2026-11-20")
            LocalDate occurredOn,

            @NotNull @Min(1) @Max(1440) @Schema(description = "Minutes", examples = "45")
            Integer durationMinutes,

            @NotNull Channel channel,

            @Size(max = 13) @Schema(description = "Topics (code list topic)")
            List<@NotNull Topic> topics,

            @Size(max = 4000) String note) {}

    @Schema(name = "Activity", description = "An activity (Kontakt) of a mentor")
    public record ActivityView(
            UUID id,
            UUID projectId,
            @Schema(nullable = true) UUID menteeId,
            @Schema(nullable = true) Ref employer,
            @Schema(nullable = true) String authority,
            @Schema(nullable = true) Ref mentor,
            LocalDate occurredOn,
            int durationMinutes,
            Channel channel,
            List<Topic> topics,

            @Schema(nullable = true, description = "Withheld outside the mentee's projects")
            String note,

            @Schema(description = "An activity with a mentee dated outside every case of theirs in the project")
            boolean outsideCaseSpan,

            long version,
            Instant createdAt,
            Instant updatedAt) {}
}
