package de.amm.casedesk;

import de.amm.casedesk.common.error.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The HTTP API (under /api/v1, see quarkus.rest.path) and its published description. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "AMM Case Desk API",
                        version = "1.0",
                        description = "Case management and reporting for the labour-market mentors programme"
                                + " (Arbeitsmarktmentoren). Public endpoints need no login; all others take a bearer token of"
                                + " Keycloak realm `amm`, and what a caller sees depends on their role and projects. Errors"
                                + " are RFC 9457 problem details (`application/problem+json`) with a stable `type`. Changes"
                                + " to a record need the record's ETag in `If-Match`.",
                        contact = @Contact(name = "AMM Case Desk team")),
        servers = @Server(url = "/", description = "This server"),
        components =
                @Components(
                        responses =
                                @APIResponse(
                                        name = "Problem",
                                        description = "An error",
                                        content =
                                                @Content(
                                                        mediaType = Problem.MEDIA_TYPE,
                                                        schema = @Schema(implementation = Problem.class)))))
public class CaseDeskApplication extends Application {}
