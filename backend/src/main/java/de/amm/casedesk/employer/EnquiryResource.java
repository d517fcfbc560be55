package de.amm.casedesk.employer;

import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.employer.EmployerApi.EmployerView;
import de.amm.casedesk.employer.EnquiryApi.EnquiryView;
import de.amm.casedesk.employer.EnquiryApi.Status;
import de.amm.casedesk.employer.EnquiryApi.StatusInput;
import jakarta.annotation.security.RolesAllowed;
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

@Path("/employer-enquiries")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD})
@Tag(name = "Employers")
public class EnquiryResource {

    private final EnquiryService enquiries;

    public EnquiryResource(EnquiryService enquiries) {
        this.enquiries = enquiries;
    }

    @GET
    @Operation(
            operationId = "listEmployerEnquiries",
            summary = "The inbox of employers' enquiries",
            description = "Enquiries to the caller's projects from the public page, newest first, at most 200.")
    @APIResponse(responseCode = "200", description = "The enquiries")
    public List<EnquiryView> list(
            @QueryParam("projectId") @Parameter(description = "Only this project") String projectId,
            @QueryParam("status")
                    @Parameter(description = "Only this status", schema = @Schema(implementation = Status.class))
                    String status) {
        return enquiries.inbox(
                QueryParams.uuid("projectId", projectId),
                status == null || status.isBlank() ? null : QueryParams.code("status", status, Status.class));
    }

    @POST
    @Path("{id}/employer")
    @Operation(
            operationId = "convertEmployerEnquiry",
            summary = "Take an enquiry over as an employer",
            description = "Records the enquiring company as an employer of the enquiry's project (company, district,"
                    + " contact person; the message as notes) and closes the enquiry. Send the enquiry's version in"
                    + " If-Match.")
    @APIResponse(
            responseCode = "201",
            description = "The employer recorded",
            headers = {
                @Header(name = "Location", description = "Address of the new employer"),
                @Header(name = "ETag", description = "The employer's version")
            },
            content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "404", description = "Not an enquiry of the caller's projects")
    @APIResponse(responseCode = "409", description = "The enquiry is closed already")
    public Response toEmployer(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The enquiry's version", example = "\"0\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Context UriInfo uri) {
        Employer employer = enquiries.toEmployer(id, Versions.fromIfMatch(ifMatch));
        return Response.created(uri.getBaseUriBuilder()
                        .path("employers")
                        .path(employer.id.toString())
                        .build())
                .tag(Versions.etag(employer.version))
                .entity(EmployerMapper.toView(employer))
                .build();
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setEmployerEnquiryStatus",
            summary = "Mark an enquiry contacted or closed",
            description = "Send the version you changed in If-Match.")
    @APIResponse(
            responseCode = "204",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @APIResponse(responseCode = "404", description = "Not an enquiry of the caller's projects")
    public Response status(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The enquiry's version", example = "\"0\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            StatusInput body) {
        long version = enquiries.changeStatus(id, Versions.fromIfMatch(ifMatch), body == null ? null : body.status());
        return Response.noContent().tag(Versions.etag(version)).build();
    }
}
