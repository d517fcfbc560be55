package de.amm.casedesk.dataprotection;

import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.dataprotection.SubjectAccessApi.SubjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentees/{id}/subject-access")
@SecurityRequirement(name = "keycloak")
@Tag(name = "Data protection", description = "Consent, access requests, erasure and retention (docs/gdpr.md)")
public class SubjectAccessResource {

    private static final String PDF = "application/pdf";

    private final SubjectAccessService subjectAccess;
    private final SubjectAccessDocument document;
    private final Clock clock;

    public SubjectAccessResource(SubjectAccessService subjectAccess, SubjectAccessDocument document, Clock clock) {
        this.subjectAccess = subjectAccess;
        this.document = document;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @RolesAllowed({Roles.PROJECT_LEAD, Roles.DATA_PROTECTION_OFFICER})
    @Operation(
            operationId = "getSubjectAccess",
            summary = "Answer an access request (GDPR Art. 15)",
            description = "Everything the system holds about the mentee, the consent history, and who accessed the"
                    + " records; as JSON, or as a German PDF with Accept: application/pdf. A project lead's answer"
                    + " covers the projects they lead, the data-protection officer's every project. Audited as an"
                    + " export.")
    @APIResponse(
            responseCode = "200",
            description = "The answer",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SubjectAccess.class)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such mentee, or not of a project you lead")
    public Response subjectAccess(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept) {
        SubjectAccess answer = subjectAccess.of(id);
        if (accept != null && accept.contains(PDF)) {
            String file = "auskunft-" + answer.person().pseudonym() + "-"
                    + clock.instant().atZone(clock.getZone()).toLocalDate() + ".pdf";
            return Response.ok(document.pdf(answer), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                    .build();
        }
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }
}
