package de.amm.casedesk.dataprotection;

import de.amm.casedesk.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentees/{id}/anonymisation")
@SecurityRequirement(name = "keycloak")
@Tag(name = "Data protection", description = "Consent, access requests, erasure and retention (docs/gdpr.md)")
public class ErasureResource {

    private final ErasureService erasure;

    public ErasureResource(ErasureService erasure) {
        this.erasure = erasure;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROJECT_LEAD, Roles.DATA_PROTECTION_OFFICER})
    @Operation(
            operationId = "anonymiseMentee",
            summary = "Answer an erasure request (GDPR Art. 17) by anonymisation",
            description = "In every project: names, birth date (the year stays, for the age group), contact data,"
                    + " languages, every free-text note and the signed consent forms go, the pseudonym is replaced,"
                    + " open cases end today, consents in force end today. The reporting attributes and the dates,"
                    + " types and results of the case work stay, so every key result of every past period and every"
                    + " issued report stay exactly the same. Cannot be undone. Repeating it changes nothing.")
    @APIResponse(responseCode = "200", description = "Anonymised")
    @APIResponse(responseCode = "404", description = "No such mentee, or not of a project you lead")
    public ErasureService.Result anonymise(@PathParam("id") UUID id) {
        return erasure.onRequest(id);
    }
}
