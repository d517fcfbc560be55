package de.amm.casedesk.statistics;

import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsApi.KeyResults;
import de.amm.casedesk.statistics.StatisticsService.Filters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/statistics")
@SecurityRequirement(name = "keycloak")
@Tag(name = "Statistics", description = KeyResultDefinitions.DESCRIPTION)
public class StatisticsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private final StatisticsService service;
    private final BreakdownExport export;

    public StatisticsResource(StatisticsService service, BreakdownExport export) {
        this.service = service;
        this.export = export;
    }

    @GET
    @Path("key-results")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR, Roles.MINISTRY})
    @Operation(
            operationId = "getKeyResults",
            summary = "The four key results",
            description =
                    "Mentees supported, employers supported, mentees placed in work or vocational training, mentees"
                            + " sustainably integrated, for a period and filters, as defined in the tag's description. Project"
                            + " staff see their own projects; the coordination entity and the ministry see all. For the ministry,"
                            + " mentee counts from 1 to 4 are withheld (\"<5\").")
    @APIResponse(responseCode = "200", description = "The key results")
    @APIResponse(responseCode = "400", description = "Invalid period or filter")
    @APIResponse(responseCode = "404", description = "A project that is not the caller's")
    public KeyResults keyResults(
            @QueryParam("from") @Parameter(description = "First day (default 2020-01-01)", example = "2020-01-01")
                    String from,
            @QueryParam("to") @Parameter(description = "Last day (default today)", example = "2024-06-30") String to,
            @QueryParam("phase")
                    @Parameter(
                            description = "Cut the period to a funding phase",
                            schema = @Schema(enumeration = {"model", "phase2", "phase3"}))
                    String phase,
            @QueryParam("projectId") @Parameter(description = "Only these projects (repeatable)")
                    List<String> projectId,
            @QueryParam("district") @Parameter(description = "Only mentees living in these districts, AGS (repeatable)")
                    List<String> district,
            @QueryParam("targetGroup")
                    @Parameter(
                            description = "Only these target groups (repeatable)",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TargetGroup.class))
                    List<String> targetGroup) {
        return service.keyResults(filters(from, to, phase, projectId, district, targetGroup));
    }

    @GET
    @Path("breakdown")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR, Roles.MINISTRY})
    @Operation(
            operationId = "getBreakdown",
            summary = "Figures by one dimension",
            description = "The key results by project, district (of residence), quarter, year, funding phase, gender,"
                    + " age group (on `to`), nationality, residence status or qualification; placements of every type by"
                    + " type or employer sector; activities by topic; follow-ups due in the period by months after the"
                    + " start (share still in the job or training). Time dimensions count each period separately."
                    + " Answers as JSON, or as a table with Accept: text/csv or the XLSX media type.")
    @APIResponse(
            responseCode = "200",
            description = "The breakdown",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Breakdown.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", description = "Invalid dimension, period or filter")
    @APIResponse(responseCode = "404", description = "A project that is not the caller's")
    public Response breakdown(
            @QueryParam("dimension") @Parameter(required = true, schema = @Schema(implementation = Dimension.class))
                    String dimension,
            @QueryParam("from") @Parameter(description = "First day (default 2020-01-01)") String from,
            @QueryParam("to") @Parameter(description = "Last day (default today)") String to,
            @QueryParam("phase") @Parameter(schema = @Schema(enumeration = {"model", "phase2", "phase3"})) String phase,
            @QueryParam("projectId") @Parameter(description = "Only these projects (repeatable)")
                    List<String> projectId,
            @QueryParam("district") @Parameter(description = "Only mentees living in these districts (repeatable)")
                    List<String> district,
            @QueryParam("targetGroup")
                    @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = TargetGroup.class))
                    List<String> targetGroup,
            @jakarta.ws.rs.HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept) {
        if (dimension == null || dimension.isBlank()) {
            throw ApiException.invalid(FieldRule.REQUIRED.on("dimension"));
        }
        Breakdown breakdown =
                service.breakdown(Dimension.of(dimension), filters(from, to, phase, projectId, district, targetGroup));
        String file = "amm-" + breakdown.dimension().code() + "-"
                + breakdown.period().from() + "-" + breakdown.period().to();
        if (accept != null && accept.contains(XLSX)) {
            return Response.ok(export.xlsx(breakdown), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"")
                    .build();
        }
        if (accept != null && accept.contains(CSV)) {
            return Response.ok(export.csv(breakdown), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
                    .build();
        }
        return Response.ok(breakdown, MediaType.APPLICATION_JSON).build();
    }

    static Filters filters(
            String from,
            String to,
            String phase,
            List<String> projectIds,
            List<String> districts,
            List<String> targetGroups) {
        List<UUID> projects = QueryParams.uuids("projectId", projectIds);
        for (String ags : districts == null ? List.<String>of() : districts) {
            if (!ags.matches("\\d{5}")) {
                throw ApiException.invalid(FieldRule.AGS_CODE.on("district"));
            }
        }
        return new Filters(
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                QueryParams.text("phase", phase, 16),
                projects,
                districts == null ? List.of() : districts,
                targetGroups == null ? List.of() : targetGroups);
    }
}
