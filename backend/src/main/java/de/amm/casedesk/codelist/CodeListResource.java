package de.amm.casedesk.codelist;

import de.amm.casedesk.codelist.CodeListApi.CodeLists;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/code-lists")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Programme")
public class CodeListResource {

    @GET
    @Operation(
            operationId = "getCodeLists",
            summary = "All code lists",
            description = "Every enumeration of the API (gender, residence status, qualification, German level,"
                    + " nationality, sector, placement type, topics, ...) with its stable codes and German and English"
                    + " labels, so that clients never hard-code labels. Public and cacheable.")
    @APIResponse(
            responseCode = "200",
            description = "The code lists",
            content = @Content(schema = @Schema(implementation = CodeLists.class)))
    public Response codeLists() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(CodeLists.ALL).cacheControl(cache).build();
    }
}
