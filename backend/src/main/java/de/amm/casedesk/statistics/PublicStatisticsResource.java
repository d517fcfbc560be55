package de.amm.casedesk.statistics;

import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsApi.KeyResults;
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

@Path("/public/key-results")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Statistics")
public class PublicStatisticsResource {

    private final StatisticsService service;

    public PublicStatisticsResource(StatisticsService service) {
        this.service = service;
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
            content = @Content(schema = @Schema(implementation = KeyResults.class)))
    public Response keyResults() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        cache.setPrivate(false);
        return Response.ok(service.publicKeyResults()).cacheControl(cache).build();
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
            content = @Content(schema = @Schema(implementation = Breakdown.class)))
    public Response byDistrict() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        cache.setPrivate(false);
        return Response.ok(service.publicKeyResultsByDistrict())
                .cacheControl(cache)
                .build();
    }
}
