package de.amm.casedesk.programme;

import de.amm.casedesk.common.api.Labels;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(
        name = "Programme",
        description = "Reference data of the programme: districts, funding phases and the programme's calendar day")
public class ProgrammeResource {

    private final ProgrammeService programme;
    private final Clock clock;

    public ProgrammeResource(ProgrammeService programme, Clock clock) {
        this.programme = programme;
        this.clock = clock;
    }

    @Schema(name = "ProgrammeClock", description = "The server's time and the programme's day")
    public record ClockView(
            @Schema(description = "The server's time") Instant now,

            @Schema(description = "Today in the programme's zone: the latest day a record may be dated")
            LocalDate today,

            @Schema(examples = "Europe/Berlin") String zone) {}

    @GET
    @Path("clock")
    @Operation(
            operationId = "getClock",
            summary = "The programme's day",
            description = "The day in Saxony (Europe/Berlin) that dates are checked against, whatever the zone of the"
                    + " server or the browser. Public, no login needed.")
    public ClockView clock() {
        Instant now = clock.instant();
        return new ClockView(
                now, LocalDate.ofInstant(now, clock.getZone()), clock.getZone().getId());
    }

    @Schema(name = "District", description = "A Saxon district (Landkreis or kreisfreie Stadt)")
    public record DistrictView(
            @Schema(description = "Official AGS code", examples = "14713")
            String ags,

            @Schema(examples = "Leipzig") String name,

            @Schema(
                    description = "city: kreisfreie Stadt, rural: Landkreis",
                    enumeration = {"city", "rural"})
            String kind) {}

    @Schema(name = "ProgrammePhase", description = "A funding phase of the programme")
    public record PhaseView(
            @Schema(examples = "phase2") String code,
            Labels name,
            @Schema(examples = "2020-01-01") LocalDate startsOn,
            @Schema(examples = "2024-12-31") LocalDate endsOn) {}

    @GET
    @Path("districts")
    @Operation(
            operationId = "listDistricts",
            summary = "List the districts",
            description = "The 13 Saxon districts with their official AGS codes. Public, no login needed.")
    public List<DistrictView> districts() {
        return programme.districts().stream()
                .map(d -> new DistrictView(d.ags, d.name, d.kind))
                .toList();
    }

    @GET
    @Path("programme-phases")
    @Operation(
            operationId = "listProgrammePhases",
            summary = "List the funding phases",
            description = "Model programme (2016-11 to 2019-12), second phase (2020 to 2024), third phase (2025 to"
                    + " 2027). Public, no login needed.")
    public List<PhaseView> phases() {
        return programme.phases().stream()
                .map(p -> new PhaseView(p.code, new Labels(p.nameDe, p.nameEn), p.startsOn, p.endsOn))
                .toList();
    }
}
