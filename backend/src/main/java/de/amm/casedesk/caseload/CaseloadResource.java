package de.amm.casedesk.caseload;

import de.amm.casedesk.caseload.CaseloadService.Entry;
import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/caseload")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Cases")
public class CaseloadResource {

    private final CaseloadService service;

    public CaseloadResource(CaseloadService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD})
    @Operation(
            operationId = "getMyCaseload",
            summary = "My caseload",
            description = "The caller's open cases (as lead mentor or helper) with the latest activity, the next"
                    + " follow-up due and overdue flags; by default the most urgent first. The mentor's start page.")
    @APIResponse(responseCode = "200", description = "One page of open cases")
    public Page<Entry> mine(@BeanParam ListParams paging) {
        return service.mine(paging.toRequest(CaseloadService.SORTS));
    }
}
