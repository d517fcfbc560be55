package de.amm.casedesk.audit;

import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.persistence.ReadModel;
import de.amm.casedesk.common.security.ProjectScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The audit trail: plain inserts (one statement for many records), reads within a scope, the chain's state. */
@ApplicationScoped
@ReadModel(tables = {"person"})
public class AuditRepository {

    /** One audited action as the trail shows it, with the actor's name where they are staff. */
    public record Event(
            long id,
            Instant occurredAt,
            String actor,
            String actorName,
            String actorRoles,
            String action,
            String entity,
            UUID entityId,
            UUID projectId,
            UUID readerProjectId,
            UUID menteeId,
            Long sealedSeq) {}

    /** The hash chain: how far it is sealed, its head, and the first broken link if any. */
    public record Integrity(
            long sealed, long unsealed, String headHash, Long brokenAtSeq, Long brokenEventId, String reason) {}

    private final EntityManager em;

    public AuditRepository(EntityManager em) {
        this.em = em;
    }

    void insert(
            Instant occurredAt,
            String actor,
            String actorRoles,
            String action,
            Collection<AuditService.Touched> records,
            Function<UUID, UUID> readerProject) {
        String[] entities = records.stream().map(AuditService.Touched::entity).toArray(String[]::new);
        UUID[] ids = records.stream().map(AuditService.Touched::id).toArray(UUID[]::new);
        UUID[] projects = records.stream().map(AuditService.Touched::projectId).toArray(UUID[]::new);
        UUID[] readers =
                records.stream().map(r -> readerProject.apply(r.projectId())).toArray(UUID[]::new);
        UUID[] mentees = records.stream().map(AuditService.Touched::menteeId).toArray(UUID[]::new);
        new NativeQuery()
                .append(
                        "insert into audit_event (occurred_at, actor, actor_roles, action, entity, entity_id,"
                                + " project_id, reader_project_id, mentee_id) select ?, ?, ?, ?, r.entity, r.id,"
                                + " r.project_id, r.reader, r.mentee from unnest(cast(? as varchar[]), cast(? as"
                                + " uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[])) as r (entity,"
                                + " id, project_id, reader, mentee)",
                        Timestamp.from(occurredAt),
                        actor,
                        actorRoles,
                        action,
                        entities,
                        ids,
                        projects,
                        readers,
                        mentees)
                .execute(em);
    }

    Page<Event> page(AuditService.Filter filter, ProjectScope scope, PageRequest page) {
        NativeQuery count = new NativeQuery().append("select count(*) as found from audit_event e where true");
        NativeQuery rows = new NativeQuery()
                .append("select e.id, e.occurred_at, e.actor, p.display_name as actor_name, e.actor_roles, e.action,"
                        + " e.entity, e.entity_id, e.project_id, e.reader_project_id, e.mentee_id, e.sealed_seq"
                        + " from audit_event e left join person p on p.keycloak_user_id = e.actor where true");
        for (NativeQuery query : List.of(count, rows)) {
            // a project's trail: what happened to its records and what its people did
            if (!scope.all()) {
                query.append(" and (")
                        .append(
                                scope.sql("e.project_id").sql(),
                                scope.sql("e.project_id").values().toArray())
                        .append(" or ")
                        .append(
                                scope.sql("e.reader_project_id").sql(),
                                scope.sql("e.reader_project_id").values().toArray())
                        .append(")");
            }
            if (filter.projectId() != null) {
                query.append(
                        " and (e.project_id = ? or e.reader_project_id = ?)", filter.projectId(), filter.projectId());
            }
            if (filter.entity() != null) {
                query.append(" and e.entity = ?", filter.entity());
            }
            if (filter.entityId() != null) {
                query.append(" and e.entity_id = ?", filter.entityId());
            }
            if (filter.menteeId() != null) {
                query.append(" and e.mentee_id = ?", filter.menteeId());
            }
            if (filter.actor() != null) {
                query.append(" and e.actor = ?", filter.actor());
            }
            if (filter.action() != null) {
                query.append(" and e.action = ?", filter.action());
            }
            if (filter.from() != null) {
                query.append(" and e.occurred_at >= ?", Timestamp.from(filter.from()));
            }
            if (filter.to() != null) {
                query.append(" and e.occurred_at < ?", Timestamp.from(filter.to()));
            }
        }
        rows.append(" order by e.occurred_at " + page.direction() + ", e.id " + page.direction())
                .append(" limit ? offset ?", page.size(), page.offset());
        List<Event> items = rows.list(
                em,
                row -> new Event(
                        row.count("id"),
                        row.instant("occurred_at"),
                        row.text("actor"),
                        row.text("actor_name"),
                        row.text("actor_roles"),
                        row.text("action"),
                        row.text("entity"),
                        row.uuid("entity_id"),
                        row.uuid("project_id"),
                        row.uuid("reader_project_id"),
                        row.uuid("mentee_id"),
                        row.isNull("sealed_seq") ? null : row.count("sealed_seq")));
        return new Page<>(items, page.page(), page.size(), count.single(em, row -> row.count("found")));
    }

    /** Seals the rows written since the last run into the hash chain; returns how many. */
    public int seal(int batch) {
        return new NativeQuery().append("select audit_seal(?) as sealed", batch).single(em, row ->
                (int) row.count("sealed"));
    }

    Integrity integrity() {
        Integrity counts = new NativeQuery()
                .append("select count(*) filter (where sealed_seq is not null) as sealed,"
                        + " count(*) filter (where sealed_seq is null) as unsealed,"
                        + " (select hash from audit_event where sealed_seq is not null order by sealed_seq desc limit 1)"
                        + " as head from audit_event")
                .single(
                        em,
                        row -> new Integrity(
                                row.count("sealed"),
                                row.count("unsealed"),
                                row.bytes("head") == null
                                        ? null
                                        : HexFormat.of().formatHex(row.bytes("head")),
                                null,
                                null,
                                null));
        return new NativeQuery()
                .append("select sealed_seq, event_id, reason from audit_first_broken_link()")
                .first(
                        em,
                        row -> new Integrity(
                                counts.sealed(),
                                counts.unsealed(),
                                counts.headHash(),
                                row.count("sealed_seq"),
                                row.count("event_id"),
                                row.text("reason")))
                .orElse(counts);
    }
}
