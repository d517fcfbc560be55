package de.amm.casedesk.transfer;

import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.transfer.TransferApi.Acceptance;
import de.amm.casedesk.transfer.TransferApi.Decline;
import de.amm.casedesk.transfer.TransferApi.NewTransfer;
import de.amm.casedesk.transfer.TransferApi.TransferView;
import de.amm.casedesk.transfer.TransferRepository.Side;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/transfers")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Transfers", description = "Mentees handed over from one project to another (docs/key-results.md)")
public class TransferResource {

    private static final List<String> STATUSES = List.of("requested", "accepted", "declined", "cancelled");

    private final TransferService transfers;

    public TransferResource(TransferService transfers) {
        this.transfers = transfers;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "listTransfers",
            summary = "Transfers of the caller's projects",
            description = "Incoming (to the caller's projects), outgoing, or both; newest first.")
    @APIResponse(responseCode = "200", description = "One page of transfers")
    public Page<TransferView> list(
            @QueryParam("direction")
                    @Parameter(
                            description = "incoming, outgoing, or both when left out",
                            schema = @Schema(enumeration = {"incoming", "outgoing"}))
                    String direction,
            @QueryParam("status")
                    @Parameter(schema = @Schema(enumeration = {"requested", "accepted", "declined", "cancelled"}))
                    String status,
            @QueryParam("menteeId") @Parameter(description = "Only this mentee's") String menteeId,
            @BeanParam ListParams paging) {
        Side side;
        if (direction == null || direction.isBlank()) {
            side = Side.EITHER;
        } else if (direction.equals("incoming")) {
            side = Side.INCOMING;
        } else if (direction.equals("outgoing")) {
            side = Side.OUTGOING;
        } else {
            throw ApiException.invalid(FieldRule.ONE_OF.on("direction", "allowed", "incoming, outgoing"));
        }
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.invalid(FieldRule.ONE_OF.on("status", "allowed", String.join(", ", STATUSES)));
        }
        return transfers.list(
                side, status, QueryParams.uuid("menteeId", menteeId), paging.toRequest(List.of("requestedOn"), false));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(operationId = "getTransfer", summary = "Show a transfer")
    @APIResponse(
            responseCode = "200",
            description = "The transfer",
            headers = @Header(name = "ETag", description = "Version for If-Match"),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "404", description = "No such transfer, or neither end is yours")
    public Response get(@PathParam("id") UUID id) {
        TransferView transfer = transfers.get(id);
        return Response.ok(transfer).tag(Versions.etag(transfer.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "requestTransfer",
            summary = "Hand a mentee over to another project",
            description = "Needs the mentee's consent to the transfer (409 consent-required otherwise). The receiving"
                    + " project sees who it is and the note, and accepts or declines.")
    @APIResponse(
            responseCode = "201",
            description = "Requested",
            headers = @Header(name = "Location", description = "Address of the transfer"),
            content = @Content(schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "404", description = "No such mentee, or not your project's")
    @APIResponse(
            responseCode = "409",
            description = "No consent to the transfer, the other project sees the mentee already, or a request is"
                    + " waiting")
    public Response request(NewTransfer body, @Context UriInfo uri) {
        TransferView transfer = transfers.request(body);
        return Versions.created(uri, transfer.id(), transfer.version(), transfer);
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "acceptTransfer",
            summary = "Take the mentee over",
            description = "For the receiving project: it sees the mentee from now on, its case opens, and the"
                    + " handing-over project's open case ends as transferred on that day. Send the version in"
                    + " If-Match.")
    @APIResponse(responseCode = "200", description = "Accepted; the transfer with the new case")
    @APIResponse(responseCode = "403", description = "Not the receiving project")
    @APIResponse(responseCode = "409", description = "Answered already, or the consent was withdrawn")
    public Response accept(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you answer")
                    @HeaderParam("If-Match")
                    String ifMatch,
            Acceptance body) {
        TransferView transfer =
                transfers.accept(id, Versions.fromIfMatch(ifMatch), body == null ? new Acceptance(null, null) : body);
        return Response.ok(transfer).tag(Versions.etag(transfer.version())).build();
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(operationId = "declineTransfer", summary = "Decline a transfer, with the reason")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "403", description = "Not the receiving project")
    @APIResponse(responseCode = "409", description = "Answered already")
    public Response decline(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you answer")
                    @HeaderParam("If-Match")
                    String ifMatch,
            Decline body) {
        TransferView transfer = transfers.decline(id, Versions.fromIfMatch(ifMatch), body);
        return Response.ok(transfer).tag(Versions.etag(transfer.version())).build();
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(operationId = "cancelTransfer", summary = "Take a waiting request back (the handing-over project)")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "403", description = "Not the handing-over project")
    @APIResponse(responseCode = "409", description = "Answered already")
    public Response cancel(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the version you cancel")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        TransferView transfer = transfers.cancel(id, Versions.fromIfMatch(ifMatch));
        return Response.ok(transfer).tag(Versions.etag(transfer.version())).build();
    }
}
