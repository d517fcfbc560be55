package de.amm.casedesk.employer;

import de.amm.casedesk.codelist.Sector;
import de.amm.casedesk.common.api.Idempotency;
import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.employer.EmployerApi.EmployerInput;
import de.amm.casedesk.employer.EmployerApi.EmployerView;
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

@Path("/employers")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Employers", description = "Employers the projects work with")
public class EmployerResource {

    private final EmployerService service;
    private final Idempotency idempotency;

    public EmployerResource(EmployerService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(
            operationId = "listEmployers",
            summary = "List employers",
            description = "The employers of the caller's projects, paged.")
    @APIResponse(responseCode = "200", description = "One page of employers")
    public Page<EmployerView> list(
            @QueryParam("projectId") @Parameter(description = "Only employers of this project") String projectId,
            @QueryParam("q") @Parameter(description = "Part of the name") String q,
            @QueryParam("sector") @Parameter(description = "WZ 2008 section (code list sector)") String sector,
            @QueryParam("district") @Parameter(description = "District (AGS code)") String district,
            @BeanParam ListParams paging) {
        if (district != null && !district.matches("\\d{5}")) {
            throw ApiException.invalid(FieldRule.AGS_CODE.on("district"));
        }
        var filter = new EmployerService.Filter(
                QueryParams.uuid("projectId", projectId),
                QueryParams.text("q", q, 100),
                QueryParams.code("sector", sector, Sector.class),
                district);
        return service.list(filter, paging.toRequest(List.of("name", "createdAt")))
                .map(EmployerMapper::toView);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "getEmployer", summary = "Show an employer")
    @APIResponse(
            responseCode = "200",
            description = "The employer",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = EmployerView.class)))
    public Response get(@PathParam("id") UUID id) {
        Employer employer = service.get(id);
        return Response.ok(EmployerMapper.toView(employer))
                .tag(Versions.etag(employer.version))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "createEmployer",
            summary = "Record an employer",
            description = "For the staff of a project.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            headers = @Header(name = "Location", description = "Address of the new employer"),
            content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "404", description = "The project is not the caller's")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            EmployerInput body,
            @Context UriInfo uri) {
        return idempotency.once(
                idempotencyKey,
                "POST /employers",
                body,
                () -> {
                    Employer employer = service.create(body);
                    return Versions.created(uri, employer.id, employer.version, EmployerMapper.toView(employer));
                },
                id -> EmployerMapper.toView(service.get(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "updateEmployer",
            summary = "Change an employer",
            description = "Send the version you changed in If-Match.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you changed")
                    @HeaderParam("If-Match")
                    String ifMatch,
            EmployerInput body) {
        Employer employer = service.update(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(employer.version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "deleteEmployer",
            summary = "Delete an employer entered by mistake",
            description = "For the project's lead; refused while contacts or placements refer to the employer.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not the project's lead")
    @APIResponse(responseCode = "409", description = "Contacts or placements refer to it")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you delete")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        service.delete(id, Versions.fromIfMatch(ifMatch));
    }
}
