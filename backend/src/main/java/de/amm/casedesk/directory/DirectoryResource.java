package de.amm.casedesk.directory;

import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.directory.DirectoryApi.ServiceInput;
import de.amm.casedesk.directory.DirectoryApi.ServiceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Roles.COORDINATOR, Roles.PROJECT_LEAD})
@Tag(name = "Directory", description = "Maintaining the directory of integration services")
public class DirectoryResource {

    private final DirectoryService directory;

    public DirectoryResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @Path("maintained-districts")
    @Operation(
            operationId = "getMaintainedDistricts",
            summary = "The districts whose services you maintain",
            description = "Every district for the coordination entity; for a project lead the districts of the projects"
                    + " they lead.")
    @APIResponse(responseCode = "200", description = "AGS codes")
    public List<String> maintainedDistricts() {
        return List.copyOf(directory.maintainedDistricts());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createService",
            summary = "Add a service to the directory",
            description = "For the coordination entity (any district) and project leads (their projects' districts).")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            headers = @Header(name = "Location", description = "Address of the new service"),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "403", description = "A district that is not the lead's")
    public Response create(ServiceInput body, @Context UriInfo uri) {
        ServiceView service = directory.create(body);
        return Versions.created(uri, service.id(), service.version(), service);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateService",
            summary = "Replace a service's data",
            description = "Send the version you changed in If-Match. A project lead changes services of their projects'"
                    + " districts only.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @APIResponse(responseCode = "403", description = "A district that is not the lead's")
    @APIResponse(responseCode = "412", description = "Someone else changed the service in between")
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you changed", example = "\"0\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            ServiceInput body) {
        long version = directory.update(id, Versions.fromIfMatch(ifMatch), body);
        return Response.noContent().tag(Versions.etag(version)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteService",
            summary = "Remove a service from the directory",
            description = "Referrals to it keep their provider text.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "A district that is not the lead's")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you remove", example = "\"0\"")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        directory.delete(id, Versions.fromIfMatch(ifMatch));
    }
}
