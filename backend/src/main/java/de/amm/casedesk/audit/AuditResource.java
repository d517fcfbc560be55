package de.amm.casedesk.audit;

import de.amm.casedesk.common.api.ListParams;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.QueryParams;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@SecurityRequirement(name = "keycloak")
@Tag(name = "Audit", description = "Who read or changed which record of personal data, and when; refused accesses too")
public class AuditResource {

    private static final String CSV = "text/csv";
    static final Set<String> ENTITIES = Set.of(
            "mentee",
            "employer",
            "case",
            "activity",
            "placement",
            "follow_up",
            "referral",
            "consent",
            "project",
            "member",
            "report",
            "audit");
    private static final Set<String> ACTIONS =
            Set.of("create", "read", "update", "delete", "refused", "export", "erase", "withdraw");

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;
    private final Clock clock;

    public AuditResource(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Schema(name = "AuditEvent", description = "One audited action; it names people by id (and staff by name) only")
    public record AuditEventView(
            long id,
            Instant occurredAt,

            @Schema(description = "Keycloak user id of the actor, or anonymous")
            String actor,

            @Schema(nullable = true, description = "The actor's name where they are staff")
            String actorName,

            @Schema(examples = "mentor") String actorRoles,

            @Schema(enumeration = {"create", "read", "update", "delete", "refused", "export", "erase", "withdraw"})
            String action,

            @Schema(examples = "mentee") String entity,
            @Schema(nullable = true) UUID entityId,

            @Schema(nullable = true, description = "The project of the record")
            UUID projectId,

            @Schema(nullable = true, description = "The project through which the actor acted")
            UUID readerProjectId,

            @Schema(nullable = true, description = "The mentee concerned")
            UUID menteeId,

            @Schema(nullable = true, description = "The event's place in the hash chain once sealed")
            Long sealedSeq) {}

    @Schema(name = "AuditIntegrity", description = "The audit trail's hash chain")
    public record IntegrityView(
            @Schema(description = "Events sealed into the chain")
            long sealed,

            @Schema(description = "Events written and not sealed yet (sealing runs every few seconds)")
            long unsealed,

            @Schema(nullable = true, description = "The hash of the last sealed event (SHA-256, hex)")
            String headHash,

            @Schema(description = "Every link holds") boolean intact,

            @Schema(nullable = true, description = "Where the chain breaks first")
            Long firstBrokenSeq,

            @Schema(nullable = true) Long firstBrokenEventId,
            @Schema(nullable = true) String reason) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROJECT_LEAD, Roles.COORDINATOR, Roles.DATA_PROTECTION_OFFICER})
    @Operation(
            operationId = "listAuditEvents",
            summary = "The audit trail",
            description = "Every create, read, update, delete, export and erasure of a record of personal data, and"
                    + " every refused access, newest first. The data-protection officer and the coordination entity"
                    + " see every project's trail, a project lead the projects they lead (what happened to their"
                    + " records and what their people did). Filter by person (menteeId), record, actor and time.")
    @APIResponse(responseCode = "200", description = "One page of audit events")
    public Page<AuditEventView> list(@BeanParam AuditQuery query, @BeanParam ListParams paging) {
        return audit.list(query.filter(clock.getZone()), paging.toRequest(List.of("occurredAt"), false))
                .map(AuditResource::view);
    }

    @GET
    @Path("export")
    @Produces(CSV)
    @RolesAllowed({Roles.PROJECT_LEAD, Roles.COORDINATOR, Roles.DATA_PROTECTION_OFFICER})
    @Operation(
            operationId = "exportAuditEvents",
            summary = "The audit trail as a CSV file",
            description = "The filtered trail (up to 100,000 events, newest first) for German spreadsheets: UTF-8"
                    + " with byte-order mark, semicolons, times in the programme's zone. The export is itself"
                    + " audited.")
    @APIResponse(
            responseCode = "200",
            description = "The trail as CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response export(@BeanParam AuditQuery query) {
        AuditService.Filter filter = query.filter(clock.getZone());
        List<AuditRepository.Event> events = audit.all(filter, 100_000);
        audit.record(AuditService.Action.EXPORT, "audit", null, filter.projectId(), filter.menteeId());
        return Response.ok(csv(events, clock.getZone()), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"amm-audit.csv\"")
                .build();
    }

    /** The audit trail's filters, all optional. */
    public static class AuditQuery {
        @QueryParam("projectId")
        @Parameter(description = "Only this project")
        String projectId;

        @QueryParam("menteeId")
        @Parameter(description = "Only about this person")
        String menteeId;

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
                                    "consent",
                                    "project",
                                    "member",
                                    "report",
                                    "audit"
                                }))
        String entity;

        @QueryParam("entityId")
        @Parameter(description = "Only this record")
        String entityId;

        @QueryParam("actor")
        @Parameter(description = "Only this actor (Keycloak user id)")
        String actor;

        @QueryParam("action")
        @Parameter(
                description = "Only this action",
                schema =
                        @Schema(
                                enumeration = {
                                    "create",
                                    "read",
                                    "update",
                                    "delete",
                                    "refused",
                                    "export",
                                    "erase",
                                    "withdraw"
                                }))
        String action;

        @QueryParam("from")
        @Parameter(description = "From this day (inclusive, the programme's day)", example = "2026-01-01")
        String from;

        @QueryParam("to")
        @Parameter(description = "Up to this day (inclusive)", example = "2026-12-31")
        String to;

        AuditService.Filter filter(ZoneId zone) {
            if (entity != null && !ENTITIES.contains(entity)) {
                throw ApiException.invalid(FieldRule.ONE_OF.on(
                        "entity",
                        "allowed",
                        String.join(", ", ENTITIES.stream().sorted().toList())));
            }
            if (action != null && !ACTIONS.contains(action)) {
                throw ApiException.invalid(FieldRule.ONE_OF.on(
                        "action",
                        "allowed",
                        String.join(", ", ACTIONS.stream().sorted().toList())));
            }
            LocalDate fromDay = QueryParams.date("from", from);
            LocalDate toDay = QueryParams.date("to", to);
            QueryParams.period("from", fromDay, "to", toDay);
            return new AuditService.Filter(
                    QueryParams.uuid("projectId", projectId),
                    entity,
                    QueryParams.uuid("entityId", entityId),
                    QueryParams.uuid("menteeId", menteeId),
                    QueryParams.text("actor", actor, 64),
                    action,
                    fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                    toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    @GET
    @Path("integrity")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DATA_PROTECTION_OFFICER, Roles.ADMIN})
    @Operation(
            operationId = "getAuditIntegrity",
            summary = "Check the audit trail's hash chain",
            description = "Walks the chain of sealed events and reports the first broken link: an event changed after"
                    + " it was sealed, or a sealed event removed. The head hash is also written to the log once a day;"
                    + " compare it with an earlier copy to detect a removed tail.")
    @APIResponse(responseCode = "200", description = "The chain's state")
    public IntegrityView integrity() {
        var integrity = audit.integrity();
        return new IntegrityView(
                integrity.sealed(),
                integrity.unsealed(),
                integrity.headHash(),
                integrity.brokenAtSeq() == null,
                integrity.brokenAtSeq(),
                integrity.brokenEventId(),
                integrity.reason());
    }

    private static AuditEventView view(AuditRepository.Event e) {
        return new AuditEventView(
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.actorName(),
                e.actorRoles(),
                e.action(),
                e.entity(),
                e.entityId(),
                e.projectId(),
                e.readerProjectId(),
                e.menteeId(),
                e.sealedSeq());
    }

    /** The trail as CSV for German Excel: UTF-8 with byte-order mark, semicolons. */
    private static byte[] csv(List<AuditRepository.Event> events, ZoneId zone) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("Zeitpunkt (" + zone.getId()
                + ");Handelnde Person;Kennung;Rollen;Aktion;Art;Datensatz;Projekt des Datensatzes;"
                + "Projekt der Person;Teilnehmende/r;Kette\r\n");
        for (AuditRepository.Event e : events) {
            csv.append(String.join(
                            ";",
                            LOCAL_TIME.format(e.occurredAt().atZone(zone)),
                            text(e.actorName()),
                            text(e.actor()),
                            text(e.actorRoles()),
                            e.action(),
                            e.entity(),
                            text(e.entityId()),
                            text(e.projectId()),
                            text(e.readerProjectId()),
                            text(e.menteeId()),
                            text(e.sealedSeq())))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().replace(";", ",");
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
