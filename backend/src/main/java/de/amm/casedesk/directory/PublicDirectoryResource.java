package de.amm.casedesk.directory;

import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.http.PublicCaching;
import de.amm.casedesk.directory.DirectoryApi.PostalCodeArea;
import de.amm.casedesk.directory.DirectoryApi.ServiceSearchResult;
import de.amm.casedesk.directory.DirectoryApi.ServiceView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public", description = "What anonymous visitors see: offices, the service finder, employers' enquiries")
public class PublicDirectoryResource {

    /** Services change when someone maintains them: five minutes in browsers and proxies. */
    static final Duration SEARCH_MAX_AGE = Duration.ofMinutes(5);

    /** Postal code areas change only with a release. */
    static final Duration AREA_MAX_AGE = Duration.ofDays(1);

    private final DirectoryService directory;
    private final PublicCaching caching;

    public PublicDirectoryResource(DirectoryService directory, PublicCaching caching) {
        this.directory = directory;
        this.caching = caching;
    }

    @GET
    @Path("services")
    @Operation(
            operationId = "searchServices",
            summary = "Find integration services",
            description = "The directory of integration services around the programme (Jobcenter, employment"
                    + " agency, recognition counselling, IQ network, migration counselling, language courses,"
                    + " immigration office), by postal code or district, kind, language and words; every filter"
                    + " optional. At most 200 services, by name. No login; cached by the server until a service"
                    + " changes, and cacheable for five minutes.")
    @APIResponse(
            responseCode = "200",
            description = "The services found",
            headers = @Header(name = "ETag", description = "The answer's tag, for If-None-Match"),
            content = @Content(schema = @Schema(implementation = ServiceSearchResult.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the current ETag")
    @APIResponse(responseCode = "400", description = "A malformed filter, or a postal code outside Saxony")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response search(
            @Parameter(description = "A Saxon postal code: its district's services", example = "04109")
                    @QueryParam("postalCode")
                    String postalCode,
            @Parameter(description = "A district (AGS code); not with postalCode", example = "14713")
                    @QueryParam("district")
                    String district,
            @Parameter(description = "Only services of this kind", schema = @Schema(implementation = ServiceKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "Only services offered in this language (ISO 639-1)", example = "ar")
                    @QueryParam("language")
                    String language,
            @Parameter(
                            description =
                                    "Words that the service's name, provider or description contain (case-insensitive,"
                                            + " at most 100 characters)",
                            example = "Anerkennung")
                    @QueryParam("q")
                    String q,
            @Context Request request) {
        return caching.ok(
                request,
                directory.search(blank(postalCode), blank(district), blank(kind), blank(language), blank(q)),
                SEARCH_MAX_AGE);
    }

    @GET
    @Path("services/{id}")
    @Operation(operationId = "getService", summary = "Show one integration service", description = "No login.")
    @APIResponse(
            responseCode = "200",
            description = "The service",
            headers = @Header(name = "ETag", description = "The service's version, for If-Match"),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "404", description = "No such service")
    public Response get(@PathParam("id") UUID id) {
        ServiceView service = directory.get(id);
        return Response.ok(service).tag(Versions.etag(service.version())).build();
    }

    @GET
    @Path("postal-codes/{postalCode}")
    @Operation(
            operationId = "getPostalCodeArea",
            summary = "The district of a postal code",
            description = "Which Saxon district a postal code lies in (an area across a border: the district it"
                    + " mostly lies in). No login; cacheable for a day.")
    @APIResponse(
            responseCode = "200",
            description = "The district",
            headers = @Header(name = "ETag", description = "The answer's tag, for If-None-Match"),
            content = @Content(schema = @Schema(implementation = PostalCodeArea.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the current ETag")
    @APIResponse(responseCode = "400", description = "Not five digits, or not a postal code in Saxony")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response area(@PathParam("postalCode") String postalCode, @Context Request request) {
        return caching.ok(request, directory.area(postalCode), AREA_MAX_AGE);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
