package de.amm.casedesk.casefile;

import de.amm.casedesk.casefile.CaseApi.CaseChange;
import de.amm.casedesk.casefile.CaseApi.CaseView;
import de.amm.casedesk.casefile.CaseApi.NewCase;
import de.amm.casedesk.common.api.Idempotency;
import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Cases", description = "Cases (Betreuungen): a mentee supported by a project")
public class CaseResource {

    private final CaseService service;
    private final Idempotency idempotency;

    public CaseResource(CaseService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(
            operationId = "listCases",
            summary = "List cases",
            description = "The cases of the caller's projects, paged.")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public Page<CaseView> list(
            @QueryParam("projectId") @Parameter(description = "Only this project") String projectId,
            @QueryParam("menteeId") @Parameter(description = "Only this mentee") String menteeId,
            @QueryParam("status")
                    @Parameter(description = "open or closed", schema = @Schema(enumeration = {"open", "closed"}))
                    String status,
            @QueryParam("leadMentor") @Parameter(description = "Lead mentor (person id)") String leadMentor,
            @BeanParam ListParams paging) {
        if (status != null && !Set.of("open", "closed").contains(status)) {
            throw ApiException.invalid(FieldRule.ONE_OF.on("status", "allowed", "open, closed"));
        }
        var filter = new CaseService.Filter(
                QueryParams.uuid("projectId", projectId),
                QueryParams.uuid("menteeId", menteeId),
                status,
                QueryParams.uuid("leadMentor", leadMentor));
        return service.list(filter, paging.toRequest(List.of("startedOn", "createdAt"), false));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "getCase", summary = "Show a case")
    @APIResponse(
            responseCode = "200",
            description = "The case",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response get(@PathParam("id") UUID id) {
        CaseView c = service.get(id);
        return Response.ok(c).tag(Versions.etag(c.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "createCase",
            summary = "Open a case",
            description = "Opens a case for a mentee in one of the caller's projects. A mentee of another of the"
                    + " caller's projects becomes visible to this project too. Refused (409) while the mentee has an"
                    + " open case in the project, or when it would overlap an earlier one.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            headers = @Header(name = "Location", description = "Address of the new case"),
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "Mentee or project not the caller's")
    @APIResponse(responseCode = "409", description = "An open or overlapping case exists")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            NewCase body,
            @Context UriInfo uri) {
        return idempotency.once(
                idempotencyKey,
                "POST /cases",
                body,
                () -> {
                    CaseView c = service.create(body);
                    return Versions.created(uri, c.id(), c.version(), c);
                },
                service::get);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "updateCase",
            summary = "Change or close a case",
            description = "Changes lead mentor, helpers and dates; closes the case with endedOn and closingReason."
                    + " Send the version you changed in If-Match.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @APIResponse(responseCode = "409", description = "Overlaps another case, or changed at the same moment")
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you changed")
                    @HeaderParam("If-Match")
                    String ifMatch,
            CaseChange body) {
        long version = service.update(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "deleteCase",
            summary = "Delete a case entered by mistake",
            description = "For the project's lead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not the project's lead")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you delete")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        service.delete(id, Versions.fromIfMatch(ifMatch));
    }
}
