package de.amm.casedesk.staff;

import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.staff.StaffApi.AddedMember;
import de.amm.casedesk.staff.StaffApi.MemberView;
import de.amm.casedesk.staff.StaffApi.NewMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects/{projectId}/members")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Staff", description = "Project teams and staff accounts")
public class MemberResource {

    private final StaffService staff;
    private final TeamOnboarding onboarding;

    public MemberResource(StaffService staff, TeamOnboarding onboarding) {
        this.staff = staff;
        this.onboarding = onboarding;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.COORDINATOR})
    @Operation(
            operationId = "listMembers",
            summary = "List a project's team",
            description = "The project's current mentors and leads. For the project's own staff and the coordination"
                    + " entity; for staff of other projects the project is not found (404).")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "404", description = "No such project, or not yours")
    public List<MemberView> list(@PathParam("projectId") UUID projectId) {
        return staff.team(projectId).stream().map(StaffMapper::toView).toList();
    }

    @GET
    @Path("{personId}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.COORDINATOR})
    @Operation(operationId = "getMember", summary = "Show one member of a project's team")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "404", description = "No such member, or not your project")
    public MemberView get(@PathParam("projectId") UUID projectId, @PathParam("personId") UUID personId) {
        return StaffMapper.toView(staff.member(projectId, personId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROJECT_LEAD, Roles.COORDINATOR})
    @Operation(
            operationId = "addMember",
            summary = "Add a member to a project's team",
            description = "For the coordination entity and the project's lead. The person's Keycloak account is"
                    + " created with a one-time password that must be changed at the first login, or an existing"
                    + " account with the same, verified e-mail address is linked; the role is granted once the"
                    + " membership is stored. Accounts of the coordination entity, the ministry, the operator and the"
                    + " data-protection officer never join a team.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            headers = @Header(name = "Location", description = "Address of the new member"),
            content = @Content(schema = @Schema(implementation = AddedMember.class)))
    @APIResponse(responseCode = "403", description = "A mentor, not the project's lead")
    @APIResponse(responseCode = "404", description = "No such project, or not yours")
    @APIResponse(
            responseCode = "409",
            description = "Already a member; or the account belongs to a programme-wide role, or its e-mail address"
                    + " is not verified (account-not-linkable)")
    @APIResponse(responseCode = "503", description = "Keycloak not reachable; nothing was stored")
    public Response add(@PathParam("projectId") UUID projectId, NewMember body, @Context UriInfo uri) {
        StaffService.Added added = onboarding.add(projectId, body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(added.membership().person.id.toString())
                        .build())
                .entity(StaffMapper.toView(added))
                .build();
    }

    @DELETE
    @Path("{personId}")
    @RolesAllowed({Roles.PROJECT_LEAD, Roles.COORDINATOR})
    @Operation(
            operationId = "removeMember",
            summary = "Remove a member from a project's team",
            description = "Ends the membership today: the person's next request no longer reaches this project's"
                    + " records. The account itself stays (the person may work in other projects).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "A mentor, not the project's lead")
    @APIResponse(responseCode = "404", description = "No such member, or not your project")
    public void remove(@PathParam("projectId") UUID projectId, @PathParam("personId") UUID personId) {
        staff.remove(projectId, personId);
    }
}
