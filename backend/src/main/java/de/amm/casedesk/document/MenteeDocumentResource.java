package de.amm.casedesk.document;

import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.document.DocumentApi.DocumentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentees/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Documents", description = "CVs, certificates and signed forms of a mentee's case")
public class MenteeDocumentResource {

    private static final String PDF = "application/pdf";

    private final DocumentService documents;

    public MenteeDocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "listMenteeDocuments",
            summary = "The mentee's documents in the caller's projects",
            description = "Newest first; the read is audited.")
    @APIResponse(responseCode = "200", description = "The documents")
    @APIResponse(responseCode = "404", description = "No such mentee, or not yours")
    public List<DocumentView> list(@PathParam("id") UUID id) {
        return documents.ofMentee(id);
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, PDF, "image/png", "image/jpeg"})
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "uploadMenteeDocument",
            summary = "File a document",
            description = "The file's bytes as the body: a PDF or an image (PNG, JPEG), up to 10 MB. The type is"
                    + " read from the content, whatever the name or the Content-Type say (415 otherwise). Needs the"
                    + " mentee's consent to counselling, except for a signed consent form.")
    @RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "201",
            description = "Filed",
            headers = @Header(name = "Location", description = "Address of the new document"),
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such mentee, or not your project's")
    @APIResponse(responseCode = "409", description = "The mentee was anonymised, or has not consented")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    @APIResponse(responseCode = "415", description = "Not a PDF, PNG or JPEG by its content")
    public Response upload(
            @PathParam("id") UUID id,
            @QueryParam("kind")
                    @Parameter(
                            required = true,
                            description = "What it is (code list documentKind)",
                            schema = @Schema(enumeration = {"cv", "certificate", "consent_form", "other"}))
                    String kind,
            @QueryParam("fileName")
                    @Parameter(required = true, description = "The name shown to people", example = "Lebenslauf.pdf")
                    String fileName,
            @QueryParam("projectId")
                    @Parameter(
                            description = "The caller's project the document belongs to; needed when they work"
                                    + " in several")
                    UUID projectId,
            byte[] content,
            @Context UriInfo uri) {
        DocumentView document = documents.upload(id, new DocumentService.Upload(projectId, kind, fileName), content);
        return Response.created(uri.getBaseUriBuilder()
                        .path("documents")
                        .path(document.id().toString())
                        .build())
                .tag(Versions.etag(document.version()))
                .entity(document)
                .build();
    }
}
