package de.amm.casedesk.audit;

import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.security.CurrentUser;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.ProjectRole;
import de.amm.casedesk.common.security.ProjectScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The audit trail: every create, update and delete of a record, and every read of a mentee's record,
 * in the same transaction as the work itself. Rows name the actor by Keycloak id and the record by type
 * and id: no personal data.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    public enum Action {
        CREATE,
        READ,
        UPDATE,
        DELETE;

        String code() {
            return name().toLowerCase();
        }
    }

    /** One record touched: its id and project. */
    public record Touched(UUID id, UUID projectId) {}

    private final EntityManager em;
    private final CurrentUser user;
    private final ProjectAccess access;

    public AuditService(EntityManager em, CurrentUser user, ProjectAccess access) {
        this.em = em;
        this.user = user;
        this.access = access;
    }

    public void record(Action action, String entity, UUID id, UUID projectId) {
        recordAll(action, entity, List.of(new Touched(id, projectId)));
    }

    /** One statement for many records (a list read). */
    public void recordAll(Action action, String entity, Collection<Touched> records) {
        if (records.isEmpty()) {
            return;
        }
        UUID[] ids = records.stream().map(Touched::id).toArray(UUID[]::new);
        UUID[] projects = records.stream().map(Touched::projectId).toArray(UUID[]::new);
        em.createNativeQuery("insert into audit_event (actor, actor_roles, action, entity, entity_id, project_id)"
                        + " select ?1, ?2, ?3, ?4, r.id, r.project_id from unnest(?5, ?6) as r (id, project_id)")
                .setParameter(1, user.subject())
                .setParameter(2, String.join(",", user.roles()))
                .setParameter(3, action.code())
                .setParameter(4, entity)
                .setParameter(5, ids)
                .setParameter(6, projects)
                .executeUpdate();
    }

    /** Filters of the audit list; all optional. */
    public record Filter(
            UUID projectId, String entity, UUID entityId, String actor, String action, Instant from, Instant to) {}

    /** The coordination entity sees every project's trail, a project lead the trail of the projects they lead. */
    public Page<AuditEvent> list(Filter filter, PageRequest page) {
        ProjectScope scope = access.isCoordinator()
                ? ProjectScope.ALL
                : ProjectScope.of(access.memberships().stream()
                        .filter(ProjectRole::isLead)
                        .map(ProjectRole::projectId)
                        .collect(Collectors.toSet()));
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.all()) {
            where.add("e.projectId in :scope");
            params.put("scope", scope.isEmpty() ? Set.of(new UUID(0, 0)) : scope.projectIds());
        }
        if (filter.projectId() != null) {
            where.add("e.projectId = :project");
            params.put("project", filter.projectId());
        }
        if (filter.entity() != null) {
            where.add("e.entity = :entity");
            params.put("entity", filter.entity());
        }
        if (filter.entityId() != null) {
            where.add("e.entityId = :entityId");
            params.put("entityId", filter.entityId());
        }
        if (filter.actor() != null) {
            where.add("e.actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
            params.put("to", filter.to());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var count = em.createQuery("select count(e) from AuditEvent e" + clause, Long.class);
        var query = em.createQuery(
                "from AuditEvent e" + clause + " order by e.occurredAt " + page.direction() + ", e.id "
                        + page.direction(),
                AuditEvent.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            query.setParameter(name, value);
        });
        List<AuditEvent> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
