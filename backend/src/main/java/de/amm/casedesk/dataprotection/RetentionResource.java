package de.amm.casedesk.dataprotection;

import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/data-protection/retention")
@SecurityRequirement(name = "keycloak")
@Tag(name = "Data protection", description = "Consent, access requests, erasure and retention (docs/gdpr.md)")
public class RetentionResource {

    private final RetentionService retention;

    public RetentionResource(RetentionService retention) {
        this.retention = retention;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DATA_PROTECTION_OFFICER, Roles.ADMIN})
    @Operation(
            operationId = "getRetentionPlan",
            summary = "Retention dry run",
            description = "The rules as configured, and what a run would do now: which mentees it would anonymise"
                    + " (pseudonym and project only) and how many stored idempotency answers it would purge. Nothing is"
                    + " changed.")
    @APIResponse(responseCode = "200", description = "The plan")
    public RetentionService.Plan plan() {
        return retention.dryRun();
    }

    @POST
    @Path("runs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DATA_PROTECTION_OFFICER, Roles.ADMIN})
    @Operation(
            operationId = "runRetention",
            summary = "Run the retention rules now",
            description = "What the nightly schedule does, started by hand.")
    @APIResponse(responseCode = "200", description = "What the run did")
    public RetentionService.Outcome run() {
        return retention.run("manual " + Ids.newId());
    }
}
