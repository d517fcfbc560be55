package de.amm.casedesk.followup;

import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.followup.FollowUpApi.FollowUpResultInput;
import de.amm.casedesk.followup.FollowUpApi.FollowUpView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Placements", description = "Placements into work or training, and their follow-ups")
public class FollowUpResource {

    private final FollowUpService service;

    public FollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "listFollowUps", summary = "List follow-ups", description = "Soonest due first, paged.")
    @APIResponse(responseCode = "200", description = "One page of follow-ups")
    public Page<FollowUpView> list(
            @QueryParam("projectId") @Parameter(description = "Only this project") String projectId,
            @QueryParam("menteeId") @Parameter(description = "Only this mentee") String menteeId,
            @QueryParam("placementId") @Parameter(description = "Only this placement") String placementId,
            @QueryParam("open")
                    @Parameter(
                            description = "true: not recorded yet; false: recorded",
                            schema = @Schema(enumeration = {"true", "false"}))
                    String open,
            @QueryParam("dueBefore") @Parameter(description = "Due before this day", example = "2026-12-31")
                    String dueBefore,
            @BeanParam ListParams paging) {
        if (open != null && !open.equals("true") && !open.equals("false")) {
            throw ApiException.invalid(FieldRule.BOOLEAN.on("open"));
        }
        var filter = new FollowUpService.Filter(
                QueryParams.uuid("projectId", projectId),
                QueryParams.uuid("menteeId", menteeId),
                QueryParams.uuid("placementId", placementId),
                open == null ? null : Boolean.valueOf(open),
                QueryParams.date("dueBefore", dueBefore));
        return service.list(filter, paging.toRequest(List.of("dueOn")));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "getFollowUp", summary = "Show a follow-up")
    @APIResponse(
            responseCode = "200",
            description = "The follow-up",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    public Response get(@PathParam("id") UUID id) {
        FollowUpView followUp = service.get(id);
        return Response.ok(followUp).tag(Versions.etag(followUp.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "recordFollowUp",
            summary = "Record a follow-up's result",
            description = "Still there, left, or not reachable, on a day. Send the version you changed in If-Match.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    public Response record(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you changed")
                    @HeaderParam("If-Match")
                    String ifMatch,
            FollowUpResultInput body) {
        long version = service.record(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(version)).build();
    }
}
