package de.amm.casedesk.placement;

import de.amm.casedesk.codelist.PlacementType;
import de.amm.casedesk.common.api.Idempotency;
import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.placement.PlacementApi.PlacementInput;
import de.amm.casedesk.placement.PlacementApi.PlacementView;
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

@Path("/placements")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Placements")
public class PlacementResource {

    private final PlacementService service;
    private final Idempotency idempotency;

    public PlacementResource(PlacementService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "listPlacements", summary = "List placements", description = "Newest start first, paged.")
    @APIResponse(responseCode = "200", description = "One page of placements")
    public Page<PlacementView> list(
            @QueryParam("projectId") @Parameter(description = "Only this project") String projectId,
            @QueryParam("menteeId") @Parameter(description = "Only this mentee") String menteeId,
            @QueryParam("employerId") @Parameter(description = "Only this employer") String employerId,
            @QueryParam("type") @Parameter(description = "Only this type (code list placementType)") String type,
            @BeanParam ListParams paging) {
        var filter = new PlacementService.Filter(
                QueryParams.uuid("projectId", projectId),
                QueryParams.uuid("menteeId", menteeId),
                QueryParams.uuid("employerId", employerId),
                QueryParams.code("type", type, PlacementType.class));
        return service.list(filter, paging.toRequest(List.of("startedOn", "createdAt"), false));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "getPlacement", summary = "Show a placement with its follow-ups")
    @APIResponse(
            responseCode = "200",
            description = "The placement",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = PlacementView.class)))
    public Response get(@PathParam("id") UUID id) {
        PlacementView placement = service.get(id);
        return Response.ok(placement).tag(Versions.etag(placement.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "createPlacement",
            summary = "Record a placement",
            description = "Creates the follow-ups at 3, 6 and 12 months after the start as well.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            headers = @Header(name = "Location", description = "Address of the new placement"),
            content = @Content(schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "404", description = "Mentee or project not the caller's")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            PlacementInput body,
            @Context UriInfo uri) {
        return idempotency.once(
                idempotencyKey,
                "POST /placements",
                body,
                () -> {
                    PlacementView placement = service.create(body);
                    return Versions.created(uri, placement.id(), placement.version(), placement);
                },
                service::get);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "updatePlacement",
            summary = "Change a placement",
            description = "A new start moves the open follow-ups with it. Send the version you changed in If-Match.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you changed")
                    @HeaderParam("If-Match")
                    String ifMatch,
            PlacementInput body) {
        long version = service.update(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "deletePlacement",
            summary = "Delete a placement entered by mistake",
            description = "For the project's lead; its follow-ups go with it.")
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
