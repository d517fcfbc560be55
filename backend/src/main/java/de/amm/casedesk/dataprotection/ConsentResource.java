package de.amm.casedesk.dataprotection;

import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.mentee.ConsentApi.ConsentState;
import de.amm.casedesk.mentee.ConsentApi.NewConsent;
import de.amm.casedesk.mentee.ConsentApi.Withdrawal;
import de.amm.casedesk.mentee.ConsentApi.WithdrawalResult;
import de.amm.casedesk.mentee.ConsentRepository;
import de.amm.casedesk.mentee.ConsentService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentees/{id}/consents")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Data protection", description = "Consent, access requests, erasure and retention (docs/gdpr.md)")
public class ConsentResource {

    private static final String PDF = "application/pdf";

    private final ConsentService consents;
    private final ErasureService erasure;

    public ConsentResource(ConsentService consents, ErasureService erasure) {
        this.consents = consents;
        this.erasure = erasure;
    }

    @GET
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.COORDINATOR, Roles.DATA_PROTECTION_OFFICER
    })
    @Operation(
            operationId = "getConsents",
            summary = "A mentee's consent: what is in force today, and the whole history",
            description = "For the staff of the mentee's projects, the coordination entity and the data-protection"
                    + " officer. The read is audited.")
    @APIResponse(responseCode = "200", description = "The consent")
    @APIResponse(responseCode = "404", description = "No such mentee, or not yours")
    public ConsentState get(@PathParam("id") UUID id) {
        return consents.state(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION})
    @Operation(
            operationId = "giveConsent",
            summary = "Record a consent declaration",
            description = "The scopes the mentee consented to, the version of the consent text and the day. A"
                    + " scope in force under an earlier declaration is replaced (the earlier row ends that day and"
                    + " stays in the history).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; the new state",
            content = @Content(schema = @Schema(implementation = ConsentState.class)))
    @APIResponse(responseCode = "404", description = "No such mentee, or not your project's")
    @APIResponse(responseCode = "409", description = "The mentee was anonymised")
    public Response give(@PathParam("id") UUID id, NewConsent body) {
        ConsentState state = consents.give(id, body);
        return Response.status(Response.Status.CREATED).entity(state).build();
    }

    @POST
    @Path("withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.INTEGRATION, Roles.DATA_PROTECTION_OFFICER})
    @Operation(
            operationId = "withdrawConsent",
            summary = "Record a withdrawal of consent",
            description = "Operations that need a withdrawn scope are refused from then on (409 consent-required)."
                    + " Withdrawing counselling withdraws every scope, closes the mentee's open cases in every project"
                    + " and anonymises the mentee at once, in the same transaction (the erasure path).")
    @APIResponse(responseCode = "200", description = "Withdrawn; the new state and what followed")
    @APIResponse(responseCode = "404", description = "No such mentee, or not your project's")
    @APIResponse(responseCode = "409", description = "A scope named is not in force")
    public WithdrawalResult withdraw(@PathParam("id") UUID id, Withdrawal body) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Set<ConsentScope> withdrawn = consents.withdraw(id, body);
            if (!withdrawn.contains(ConsentScope.COUNSELLING)) {
                return new WithdrawalResult(consents.state(id), 0, false);
            }
            ErasureService.Result erased = erasure.afterWithdrawal(id);
            return new WithdrawalResult(consents.state(id), erased.casesClosed(), erased.anonymisedNow());
        });
    }

    @PUT
    @Path("{declarationId}/form")
    @Consumes({PDF, "image/png", "image/jpeg"})
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD})
    @Operation(
            operationId = "putConsentForm",
            summary = "Store the signed form of a declaration",
            description = "A scan or photo of the signed consent form: PDF, PNG or JPEG, up to 5 MB. A second upload"
                    + " replaces the first. Erasure removes it.")
    @RequestBody(
            content = {
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "404", description = "No such mentee or declaration, or not yours")
    public void putForm(
            @PathParam("id") UUID id,
            @PathParam("declarationId") UUID declarationId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            byte[] content) {
        consents.saveForm(id, declarationId, contentType, content);
    }

    @GET
    @Path("{declarationId}/form")
    @Produces({PDF, "image/png", "image/jpeg"})
    @RolesAllowed({Roles.MENTOR, Roles.PROJECT_LEAD, Roles.DATA_PROTECTION_OFFICER})
    @Operation(operationId = "getConsentForm", summary = "The signed form of a declaration; the read is audited")
    @APIResponse(
            responseCode = "200",
            description = "The form",
            content = {
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such form, or not yours")
    public Response getForm(@PathParam("id") UUID id, @PathParam("declarationId") UUID declarationId) {
        ConsentRepository.Form form = consents.form(id, declarationId);
        return Response.ok(form.content(), form.mediaType())
                .header("Content-Disposition", "inline; filename=\"einwilligung-" + declarationId + "\"")
                .build();
    }
}
