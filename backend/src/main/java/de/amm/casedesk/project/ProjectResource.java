package de.amm.casedesk.project;

import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.project.ProjectApi.ProjectInput;
import de.amm.casedesk.project.ProjectApi.ProjectView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "The programme's local projects: the public contact directory")
public class ProjectResource {

    private final ProjectService service;

    public ProjectResource(ProjectService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listProjects",
            summary = "List the projects",
            description = "The public contact directory of the programme's local projects, ordered by name. No login"
                    + " needed.")
    @APIResponse(responseCode = "200", description = "The projects")
    public List<ProjectView> list(
            @Parameter(description = "Only projects serving this district (AGS code)", example = "14713")
                    @QueryParam("district")
                    @Pattern(regexp = "\\d{5}", message = "{field.ags_code}")
                    String district) {
        return service.directory(district).stream().map(ProjectMapper::toView).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(
            operationId = "getProject",
            summary = "Show one project",
            description = "Contact data, served districts and resources. No login needed.")
    @APIResponse(
            responseCode = "200",
            description = "The project",
            headers = @Header(name = "ETag", description = "The project's version, for If-Match"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response get(@PathParam("id") UUID id) {
        Project project = service.get(id);
        return Response.ok(ProjectMapper.toView(project))
                .tag(Versions.etag(project.version))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @SecurityRequirement(name = "keycloak")
    @Operation(
            operationId = "createProject",
            summary = "Create a project",
            description = "For the coordination entity.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(name = "Location", description = "Address of the new project"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(ProjectInput input, @Context UriInfo uri) {
        Project project = service.create(input);
        return Versions.created(uri, project.id, project.version, ProjectMapper.toView(project));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.PROJECT_LEAD})
    @SecurityRequirement(name = "keycloak")
    @Operation(
            operationId = "updateProject",
            summary = "Replace a project's data",
            description = "For the coordination entity and the project's own lead. Send the version you changed in"
                    + " If-Match.")
    @APIResponse(responseCode = "204", description = "Saved; the new version is in the ETag header")
    @APIResponse(responseCode = "403", description = "Not the coordination entity nor this project's lead")
    @APIResponse(responseCode = "412", description = "Someone else changed the project in between")
    public Response update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you changed", example = "\"3\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            ProjectInput input) {
        Project project = service.update(id, Versions.fromIfMatch(ifMatch), input);
        return Response.noContent().tag(Versions.etag(project.version)).build();
    }
}
