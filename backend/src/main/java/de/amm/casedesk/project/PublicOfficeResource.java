package de.amm.casedesk.project;

import de.amm.casedesk.project.OfficeApi.OfficeView;
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

@Path("/public/offices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicOfficeResource {

    private final OfficeService offices;

    public PublicOfficeResource(OfficeService offices) {
        this.offices = offices;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listPublicOffices",
            summary = "Every office of every project, for the public map",
            description = "Each office with its address, position and opening hours, and its project's contacts. No"
                    + " login; cached by the server for a minute.")
    @APIResponse(
            responseCode = "200",
            description = "The offices",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = OfficeView.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response publicOffices() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        cache.setPrivate(false);
        return Response.ok(offices.publicOffices()).cacheControl(cache).build();
    }
}
