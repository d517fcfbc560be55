package de.amm.casedesk.employer;

import de.amm.casedesk.common.http.ClientAddress;
import de.amm.casedesk.employer.EnquiryApi.EnquiryForm;
import de.amm.casedesk.employer.EnquiryApi.EnquiryInput;
import de.amm.casedesk.employer.EnquiryApi.EnquiryReceipt;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/public/employer-enquiries")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public")
public class PublicEnquiryResource {

    private final EnquiryService enquiries;
    private final ClientAddress clientAddress;

    public PublicEnquiryResource(EnquiryService enquiries, ClientAddress clientAddress) {
        this.enquiries = enquiries;
        this.clientAddress = clientAddress;
    }

    @GET
    @Path("form")
    @Operation(
            operationId = "getEnquiryForm",
            summary = "A fresh enquiry form",
            description = "The signed time the form was handed out, to be sent with the enquiry: one sent within a few"
                    + " seconds, or after two hours, is refused. No login.")
    @APIResponse(
            responseCode = "200",
            description = "The form's token",
            content = @Content(schema = @Schema(implementation = EnquiryForm.class)))
    public Response form() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return Response.ok(enquiries.form()).cacheControl(cache).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createEmployerEnquiry",
            summary = "An employer asks for skilled workers",
            description = "The enquiry goes to the inbox of the project responsible for the postal code or district"
                    + " (or the one chosen among them). Needs the form's token, consent to be contacted, and an e-mail"
                    + " address or a phone number. A few enquiries per address and hour; the body is at most 16 KB."
                    + " No login.")
    @APIResponse(
            responseCode = "202",
            description = "Received",
            content = @Content(schema = @Schema(implementation = EnquiryReceipt.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing, too long or malformed; the form was sent too quickly or has expired")
    @APIResponse(responseCode = "413", description = "The body is larger than 16 KB")
    @APIResponse(
            responseCode = "429",
            description = "Too many enquiries from this address",
            headers = @Header(name = "Retry-After", description = "Seconds until the next one is taken"))
    public Response create(EnquiryInput body, @Context HttpServerRequest request) {
        String address = clientAddress.of(request);
        enquiries.admit(address);
        return Response.accepted(enquiries.receive(address, body)).build();
    }
}
