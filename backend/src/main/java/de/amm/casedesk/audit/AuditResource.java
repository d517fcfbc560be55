package de.amm.casedesk.audit;

import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Audit", description = "Who read or changed which record, and when")
public class AuditResource {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Set<String> ENTITIES =
            Set.of("mentee", "employer", "case", "activity", "placement", "follow_up", "referral", "project", "member");

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @Schema(name = "AuditEvent", description = "One audited action; it names people by id only")
    public record AuditEventView(
            long id,
            Instant occurredAt,

            @Schema(description = "Keycloak user id of the actor")
            String actor,

            @Schema(examples = "mentor") String actorRoles,

            @Schema(enumeration = {"create", "read", "update", "delete"})
            String action,

            @Schema(examples = "mentee") String entity,
            UUID entityId,
            @Schema(nullable = true) UUID projectId) {}

    @GET
    @RolesAllowed({Roles.PROJECT_LEAD, Roles.COORDINATOR})
    @Operation(
            operationId = "listAuditEvents",
            summary = "The audit trail",
            description = "Every create, update and delete, and every read of a mentee's record, newest first. The"
                    + " coordination entity sees all projects, a project lead the projects they lead.")
    @APIResponse(responseCode = "200", description = "One page of audit events")
    @APIResponse(responseCode = "400", description = "Invalid filter")
    @APIResponse(responseCode = "403", description = "Neither a project lead nor the coordination entity")
    public Page<AuditEventView> list(
            @QueryParam("projectId") @Parameter(description = "Only this project") String projectId,
            @QueryParam("entity")
                    @Parameter(
                            description = "Only this kind of record",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "mentee",
                                                "employer",
                                                "case",
                                                "activity",
                                                "placement",
                                                "follow_up",
                                                "referral",
                                                "project",
                                                "member"
                                            }))
                    String entity,
            @QueryParam("entityId") @Parameter(description = "Only this record") String entityId,
            @QueryParam("actor") @Parameter(description = "Only this actor (Keycloak user id)") String actor,
            @QueryParam("action")
                    @Parameter(
                            description = "Only this action",
                            schema = @Schema(enumeration = {"create", "read", "update", "delete"}))
                    String action,
            @QueryParam("from") @Parameter(description = "From this day (inclusive)", example = "2026-01-01")
                    String from,
            @QueryParam("to") @Parameter(description = "Up to this day (inclusive)", example = "2026-12-31") String to,
            @BeanParam ListParams paging) {
        if (entity != null && !ENTITIES.contains(entity)) {
            throw ApiException.invalid(
                    "entity",
                    "must be one of "
                            + String.join(", ", ENTITIES.stream().sorted().toList()));
        }
        if (action != null && !Set.of("create", "read", "update", "delete").contains(action)) {
            throw ApiException.invalid("action", "must be create, read, update or delete");
        }
        LocalDate fromDay = QueryParams.date("from", from);
        LocalDate toDay = QueryParams.date("to", to);
        var filter = new AuditService.Filter(
                QueryParams.uuid("projectId", projectId),
                entity,
                QueryParams.uuid("entityId", entityId),
                QueryParams.text("actor", actor, 64),
                action,
                fromDay == null ? null : fromDay.atStartOfDay(BERLIN).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(BERLIN).toInstant());
        return audit.list(filter, paging.toRequest(List.of("occurredAt"), false))
                .map(e -> new AuditEventView(
                        e.id, e.occurredAt, e.actor, e.actorRoles, e.action, e.entity, e.entityId, e.projectId));
    }
}
