package de.amm.casedesk.timeline;

import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.timeline.TimelineService.Timeline;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentees/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Mentees")
public class TimelineResource {

    private final TimelineService service;

    public TimelineResource(TimelineService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR})
    @Operation(
            operationId = "getMenteeTimeline",
            summary = "A mentee's timeline",
            description = "Cases, activities, placements with their follow-ups, and referrals of the mentee, for the"
                    + " mentee page. The read is audited.")
    @APIResponse(responseCode = "200", description = "The timeline")
    public Timeline get(@PathParam("id") UUID id) {
        return service.of(id);
    }
}
