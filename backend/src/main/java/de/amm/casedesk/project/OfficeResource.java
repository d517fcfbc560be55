package de.amm.casedesk.project;

import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.project.OfficeApi.OfficeView;
import de.amm.casedesk.project.OfficeApi.OfficesInput;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects/{id}/offices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class OfficeResource {

    private final OfficeService offices;

    public OfficeResource(OfficeService offices) {
        this.offices = offices;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listProjectOffices", summary = "A project's offices", description = "No login.")
    @APIResponse(responseCode = "200", description = "The offices, the main office first")
    @APIResponse(responseCode = "404", description = "No such project")
    public List<OfficeView> ofProject(@PathParam("id") UUID id) {
        return offices.ofProject(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.PROJECT_LEAD})
    @SecurityRequirement(name = "keycloak")
    @Operation(
            operationId = "replaceProjectOffices",
            summary = "Replace a project's branch offices",
            description = "The main office follows the project's address; this sets the others. For the coordination"
                    + " entity and the project's lead; send the project's version in If-Match.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The project's new version"))
    @APIResponse(responseCode = "403", description = "Not the coordination entity nor this project's lead")
    @APIResponse(responseCode = "412", description = "Someone else changed the project in between")
    public Response replace(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The project's ETag", example = "\"3\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            OfficesInput body) {
        long version = offices.replaceBranches(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(version)).build();
    }
}
