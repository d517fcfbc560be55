package de.amm.casedesk.statistics;

import de.amm.casedesk.common.api.Idempotency;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.statistics.ReportApi.ReportRequest;
import de.amm.casedesk.statistics.ReportApi.ReportSummary;
import de.amm.casedesk.statistics.ReportApi.ReportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/statistics/reports")
@SecurityRequirement(name = "keycloak")
@Tag(name = "Statistics")
public class ReportResource {

    static final String PDF = "application/pdf";

    private final ReportService reports;
    private final ReportDocument documents;
    private final Idempotency idempotency;

    public ReportResource(ReportService reports, ReportDocument documents, Idempotency idempotency) {
        this.reports = reports;
        this.documents = documents;
        this.idempotency = idempotency;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY})
    @Operation(
            operationId = "listReports",
            summary = "The frozen quarterly reports",
            description = "Newest first, every version.")
    @APIResponse(responseCode = "200", description = "The reports")
    public List<ReportSummary> list() {
        return reports.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "issueReport",
            summary = "Issue a quarterly report",
            description = "Computes the report of a completed quarter for the ministry (small counts withheld) and"
                    + " freezes it with its period and definition version. Issuing the same quarter again makes a new"
                    + " version; earlier versions stay unchanged.")
    @APIResponse(
            responseCode = "201",
            description = "Issued",
            headers = @Header(name = "Location", description = "Address of the report"),
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid quarter, or not over yet")
    public Response issue(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            ReportRequest body,
            @Context UriInfo uri) {
        return idempotency.once(
                idempotencyKey,
                "POST /statistics/reports",
                body,
                () -> {
                    ReportView report = reports.issue(body);
                    return Response.created(uri.getAbsolutePathBuilder()
                                    .path(report.summary().id().toString())
                                    .build())
                            .entity(report)
                            .build();
                },
                reports::get);
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, StatisticsResource.XLSX, PDF})
    @RolesAllowed({Roles.COORDINATOR, Roles.MINISTRY})
    @Operation(
            operationId = "getReport",
            summary = "A frozen quarterly report",
            description = "As JSON, or as a download with Accept: application/pdf or the XLSX media type.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)),
                @Content(
                        mediaType = StatisticsResource.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such report")
    public Response get(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept) {
        ReportView report = reports.get(id);
        String file = "amm-quartalsbericht-" + report.summary().year() + "-q"
                + report.summary().quarter() + "-v" + report.summary().version();
        if (accept != null && accept.contains(PDF)) {
            return Response.ok(documents.pdf(report), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
                    .build();
        }
        if (accept != null && accept.contains(StatisticsResource.XLSX)) {
            return Response.ok(documents.xlsx(report), StatisticsResource.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
