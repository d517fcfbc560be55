package de.amm.casedesk.mentee;

import de.amm.casedesk.codelist.PlacementType;
import de.amm.casedesk.common.api.Idempotency;
import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.mentee.MenteeApi.MenteeInput;
import de.amm.casedesk.mentee.MenteeApi.MenteeSummary;
import de.amm.casedesk.mentee.MenteeApi.MenteeView;
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

@Path("/mentees")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Mentees", description = "Refugees and other immigrants supported by the projects")
public class MenteeResource {

    private final MenteeService service;
    private final Idempotency idempotency;
    private final ProjectAccess access;

    public MenteeResource(MenteeService service, Idempotency idempotency, ProjectAccess access) {
        this.service = service;
        this.idempotency = idempotency;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(
            operationId = "listMentees",
            summary = "List mentees",
            description = "The mentees of the caller's projects with the state of their case work, paged. The"
                    + " coordination entity sees all projects' mentees pseudonymised (and cannot search or sort by"
                    + " name). Every listed mentee is audited as read.")
    @APIResponse(responseCode = "200", description = "One page of mentees")
    public Page<MenteeSummary> list(
            @QueryParam("projectId") @Parameter(description = "Only mentees of this project") String projectId,
            @QueryParam("status")
                    @Parameter(
                            description = "open: with an open case; closed: cases all closed; none: no case yet",
                            schema = @Schema(enumeration = {"open", "closed", "none"}))
                    String status,
            @QueryParam("leadMentor") @Parameter(description = "Lead mentor of the open case (person id)")
                    String leadMentor,
            @QueryParam("district") @Parameter(description = "District of residence (AGS code)", example = "14713")
                    String district,
            @QueryParam("placementType")
                    @Parameter(description = "With a placement of this type (code list placementType)")
                    String placementType,
            @QueryParam("followUpDueBefore")
                    @Parameter(description = "With an open follow-up due before this day", example = "2026-12-31")
                    String followUpDueBefore,
            @QueryParam("q") @Parameter(description = "Part of the mentee's name (project staff only)") String q,
            @BeanParam ListParams paging) {
        if (status != null && !Set.of("open", "closed", "none").contains(status)) {
            throw ApiException.invalid(FieldRule.ONE_OF.on("status", "allowed", "open, closed, none"));
        }
        if (district != null && !district.matches("\\d{5}")) {
            throw ApiException.invalid(FieldRule.AGS_CODE.on("district"));
        }
        PlacementType type = QueryParams.code("placementType", placementType, PlacementType.class);
        var filter = new MenteeFilter(
                QueryParams.uuid("projectId", projectId),
                status,
                QueryParams.uuid("leadMentor", leadMentor),
                district,
                type == null ? null : type.code(),
                QueryParams.date("followUpDueBefore", followUpDueBefore),
                QueryParams.text("q", q, 100));
        // ordering by name only where every listed mentee's name is the caller's to see: a list that reaches
        // pseudonymised projects ordered by name would tell names from pseudonyms
        boolean namesOnly = access.writeScope().equals(access.readScope())
                || (filter.projectId() != null && access.writeScope().includes(filter.projectId()));
        return service.list(
                filter,
                paging.toRequest(
                        namesOnly && !access.writeScope().isEmpty()
                                ? MenteeService.STAFF_SORTS
                                : MenteeService.PSEUDONYMISED_SORTS));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(
            operationId = "getMentee",
            summary = "Show a mentee",
            description = "Personal data for the mentee's own projects, pseudonymised for the coordination entity."
                    + " The read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The mentee",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = MenteeView.class)))
    public Response get(@PathParam("id") UUID id) {
        MenteeView mentee = service.get(id);
        return Response.ok(mentee).tag(Versions.etag(mentee.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "createMentee",
            summary = "Register a mentee",
            description = "For the staff of a project. Send an Idempotency-Key so that a retry creates nothing twice.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            headers = @Header(name = "Location", description = "Address of the new mentee"),
            content = @Content(schema = @Schema(implementation = MenteeView.class)))
    @APIResponse(responseCode = "404", description = "The project is not the caller's")
    public Response create(
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Makes a retried request safe",
                            example = "5b0f6f8e-2c36-4d47-9a5f-2f7d8d8f4c11")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            MenteeInput body,
            @Context UriInfo uri) {
        return idempotency.once(
                idempotencyKey,
                "POST /mentees",
                body,
                () -> {
                    MenteeView mentee = service.create(body);
                    return Versions.created(uri, mentee.id(), mentee.version(), mentee);
                },
                service::get);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "updateMentee",
            summary = "Change a mentee",
            description = "Replaces the mentee's data. Send the version you changed in If-Match.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you changed", example = "\"3\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            MenteeInput body) {
        long version = service.update(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "deleteMentee",
            summary = "Delete a mentee entered by mistake",
            description = "For the lead of the registering project; removes the mentee with all their cases,"
                    + " activities, placements, follow-ups and referrals. The deletion is audited.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not the lead of the registering project")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you delete", example = "\"3\"")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        service.delete(id, Versions.fromIfMatch(ifMatch));
    }
}
