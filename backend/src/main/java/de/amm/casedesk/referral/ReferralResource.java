package de.amm.casedesk.referral;

import de.amm.casedesk.common.api.Idempotency;
import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.referral.ReferralApi.ReferralInput;
import de.amm.casedesk.referral.ReferralApi.ReferralView;
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

@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Referrals", description = "Mentees sent on to other integration services")
public class ReferralResource {

    private final ReferralService service;
    private final Idempotency idempotency;

    public ReferralResource(ReferralService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "listReferrals", summary = "List referrals", description = "Newest first, paged.")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    public Page<ReferralView> list(
            @QueryParam("projectId") @Parameter(description = "Only this project") String projectId,
            @QueryParam("menteeId") @Parameter(description = "Only this mentee") String menteeId,
            @BeanParam ListParams paging) {
        return service.list(
                QueryParams.uuid("projectId", projectId),
                QueryParams.uuid("menteeId", menteeId),
                paging.toRequest(List.of("referredOn", "createdAt"), false));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "getReferral", summary = "Show a referral")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public Response get(@PathParam("id") UUID id) {
        ReferralView referral = service.get(id);
        return Response.ok(referral).tag(Versions.etag(referral.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "createReferral",
            summary = "Record a referral",
            description = "The mentee (of one of the caller's projects) sent on to another integration service.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            headers = @Header(name = "Location", description = "Address of the new referral"),
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "Mentee or project not the caller's")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            ReferralInput body,
            @Context UriInfo uri) {
        return idempotency.once(
                idempotencyKey,
                "POST /referrals",
                body,
                () -> {
                    ReferralView referral = service.create(body);
                    return Versions.created(uri, referral.id(), referral.version(), referral);
                },
                service::get);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "updateReferral",
            summary = "Change a referral",
            description = "Send the version you changed in If-Match.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you changed")
                    @HeaderParam("If-Match")
                    String ifMatch,
            ReferralInput body) {
        long version = service.update(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "deleteReferral",
            summary = "Delete a referral entered by mistake",
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
