package de.amm.casedesk.project;

import de.amm.casedesk.common.http.PublicCaching;
import de.amm.casedesk.project.OfficeApi.OfficeView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/public/offices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicOfficeResource {

    /** Offices change when a project's profile does: five minutes in browsers and proxies. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final OfficeService offices;
    private final PublicCaching caching;

    public PublicOfficeResource(OfficeService offices, PublicCaching caching) {
        this.offices = offices;
        this.caching = caching;
    }

    @GET
    @PermitAll
    @Operation(
            operationId = "listPublicOffices",
            summary = "Every office of every project, for the public map",
            description = "Each office with its address, position and opening hours, and its project's contacts. No"
                    + " login; cached by the server until an office changes, and cacheable for five minutes.")
    @APIResponse(
            responseCode = "200",
            description = "The offices",
            headers = @Header(name = "ETag", description = "The answer's tag, for If-None-Match"),
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = OfficeView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the current ETag")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response publicOffices(@Context Request request) {
        return caching.ok(request, offices.publicOffices(), MAX_AGE);
    }
}
