package de.amm.casedesk.document;

import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.document.DocumentApi.DocumentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Documents", description = "CVs, certificates and signed forms of a mentee's case")
public class DocumentResource {

    private static final String PDF = "application/pdf";

    private final DocumentService documents;

    public DocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(operationId = "getDocument", summary = "A document's details; the read is audited")
    @APIResponse(
            responseCode = "200",
            description = "The document",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document, or not yours")
    public Response get(@PathParam("id") UUID id) {
        DocumentView document = documents.get(id);
        return Response.ok(document).tag(Versions.etag(document.version())).build();
    }

    @GET
    @Path("{id}/content")
    @Produces({PDF, "image/png", "image/jpeg"})
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "getDocumentContent",
            summary = "Download a document",
            description = "As an attachment with its name; the read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such document, or not yours")
    public Response content(@PathParam("id") UUID id) {
        DocumentService.Content content = documents.content(id);
        String name = content.document().fileName();
        return Response.ok(content.bytes(), content.document().mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._ -]", "_") + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "deleteDocument",
            summary = "Delete a document filed by mistake",
            description = "For whoever filed it and for the project's lead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Neither the uploader nor the project's lead")
    @APIResponse(responseCode = "404", description = "No such document, or not yours")
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you delete")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        documents.delete(id, Versions.fromIfMatch(ifMatch));
    }
}
