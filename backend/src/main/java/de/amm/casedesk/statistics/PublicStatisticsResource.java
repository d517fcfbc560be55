package de.amm.casedesk.statistics;

import de.amm.casedesk.common.http.PublicCaching;
import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsApi.KeyResults;
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

@Path("/public/key-results")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Statistics")
public class PublicStatisticsResource {

    /** The headline changes once a month and when old records are corrected: an hour in browsers and proxies. */
    static final Duration MAX_AGE = Duration.ofHours(1);

    private final StatisticsService service;
    private final PublicCaching caching;

    public PublicStatisticsResource(StatisticsService service, PublicCaching caching) {
        this.service = service;
        this.caching = caching;
    }

    @GET
    @Operation(
            operationId = "getPublicKeyResults",
            summary = "The programme's headline figures",
            description =
                    "The four key results of the current programme: from 1 January 2020 (phase 2) to the end of"
                            + " the last completed month, all projects, small counts withheld. No login; cacheable for an hour.")
    @APIResponse(
            responseCode = "200",
            description = "The key results",
            headers = @Header(name = "ETag", description = "The answer's tag, for If-None-Match"),
            content = @Content(schema = @Schema(implementation = KeyResults.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the current ETag")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response keyResults(@Context Request request) {
        return caching.ok(request, service.publicKeyResults(), MAX_AGE);
    }

    @GET
    @Path("districts")
    @Operation(
            operationId = "getPublicKeyResultsByDistrict",
            summary = "The programme's headline figures by district",
            description = "The key results of the headline (phase 2 to the end of the last completed month) for each"
                    + " of the 13 districts, by the mentees' district of residence, small counts withheld like every"
                    + " public figure. No login; cacheable for an hour.")
    @APIResponse(
            responseCode = "200",
            description = "One row per district",
            headers = @Header(name = "ETag", description = "The answer's tag, for If-None-Match"),
            content = @Content(schema = @Schema(implementation = Breakdown.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the current ETag")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response byDistrict(@Context Request request) {
        return caching.ok(request, service.publicKeyResultsByDistrict(), MAX_AGE);
    }
}
