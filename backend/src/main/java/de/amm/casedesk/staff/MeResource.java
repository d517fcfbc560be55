package de.amm.casedesk.staff;

import de.amm.casedesk.common.security.CurrentUser;
import de.amm.casedesk.staff.StaffApi.MeView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "keycloak")
@Tag(name = "Staff")
public class MeResource {

    private final CurrentUser user;
    private final StaffService staff;

    public MeResource(CurrentUser user, StaffService staff) {
        this.user = user;
        this.staff = staff;
    }

    @GET
    @Operation(
            operationId = "getMe",
            summary = "Who am I",
            description = "The caller's name, application roles and the projects they work in (with their role there).")
    @APIResponse(responseCode = "200", description = "The caller")
    public MeView me() {
        return new MeView(
                user.subject(),
                staff.myPersonId().orElse(null),
                user.username().orElse(null),
                user.displayName().orElse(null),
                user.email().orElse(null),
                List.copyOf(user.roles()),
                staff.myProjects());
    }
}
