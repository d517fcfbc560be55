package de.amm.casedesk.activity;

import de.amm.casedesk.activity.ActivityApi.ActivityInput;
import de.amm.casedesk.activity.ActivityApi.ActivityView;
import de.amm.casedesk.common.api.Idempotency;
import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
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

@Path("/activities")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(
        name = "Activities",
        description = "Activities (Kontakte): dated contacts of a mentor with mentees, employers and authorities")
public class ActivityResource {

    private final ActivityService service;
    private final Idempotency idempotency;

    public ActivityResource(ActivityService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "listActivities", summary = "List activities", description = "Newest first, paged.")
    @APIResponse(responseCode = "200", description = "One page of activities")
    public Page<ActivityView> list(
            @QueryParam("projectId") @Parameter(description = "Only this project") String projectId,
            @QueryParam("menteeId") @Parameter(description = "Only with this mentee") String menteeId,
            @QueryParam("employerId") @Parameter(description = "Only with this employer") String employerId,
            @QueryParam("from") @Parameter(description = "From this day", example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(description = "Up to this day", example = "2026-12-31") String to,
            @BeanParam ListParams paging) {
        var filter = new ActivityService.Filter(
                QueryParams.uuid("projectId", projectId),
                QueryParams.uuid("menteeId", menteeId),
                QueryParams.uuid("employerId", employerId),
                QueryParams.date("from", from),
                QueryParams.date("to", to));
        QueryParams.period("from", filter.from(), "to", filter.to());
        return service.list(filter, paging.toRequest(List.of("occurredOn", "createdAt"), false));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(operationId = "getActivity", summary = "Show an activity")
    @APIResponse(
            responseCode = "200",
            description = "The activity",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response get(@PathParam("id") UUID id) {
        ActivityView activity = service.get(id);
        return Response.ok(activity).tag(Versions.etag(activity.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "createActivity",
            summary = "Log an activity",
            description = "With a mentee, an employer and/or an authority; not in the future. The caller is recorded"
                    + " as the mentor who had the activity.")
    @APIResponse(
            responseCode = "201",
            description = "Logged",
            headers = @Header(name = "Location", description = "Address of the new activity"),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "Mentee or project not the caller's")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            ActivityInput body,
            @Context UriInfo uri) {
        return idempotency.once(
                idempotencyKey,
                "POST /activities",
                body,
                () -> {
                    ActivityView activity = service.create(body);
                    return Versions.created(uri, activity.id(), activity.version(), activity);
                },
                service::get);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "updateActivity",
            summary = "Change an activity",
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
            ActivityInput body) {
        long version = service.update(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "deleteActivity",
            summary = "Delete an activity entered by mistake",
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
