package de.amm.casedesk.audit;

import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.security.CurrentUser;
import de.amm.casedesk.common.security.MembershipDirectory;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.ProjectRole;
import de.amm.casedesk.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The audit trail of personal data: every read and every change of a record that carries personal data, and every
 * refused access, in the same transaction as the work itself (a list read in one statement). A row names the actor
 * by Keycloak id with their roles, the project through which they acted, the record by kind and id with its
 * project, and the mentee concerned: no personal data itself. The application's database role may only add rows;
 * rows are sealed into a hash chain ({@link AuditSealer}).
 */
@ApplicationScoped
@Transactional
public class AuditService {

    public enum Action {
        CREATE,
        READ,
        UPDATE,
        DELETE,
        REFUSED,
        EXPORT,
        ERASE,
        WITHDRAW;

        public String code() {
            return name().toLowerCase();
        }
    }

    /** One record touched: its kind and id, its project, and the mentee it belongs to (null if none). */
    public record Touched(String entity, UUID id, UUID projectId, UUID menteeId) {}

    private final ThreadLocal<Map<Action, List<Touched>>> pending = new ThreadLocal<>();
    private final AuditRepository trail;
    private final CurrentUser user;
    private final ProjectAccess access;
    private final MembershipDirectory memberships;
    private final Clock clock;

    public AuditService(
            AuditRepository trail,
            CurrentUser user,
            ProjectAccess access,
            MembershipDirectory memberships,
            Clock clock) {
        this.trail = trail;
        this.memberships = memberships;
        this.user = user;
        this.access = access;
        this.clock = clock;
    }

    /** A record that belongs to no mentee (a project, a member, a report, an employer). */
    public void record(Action action, String entity, UUID id, UUID projectId) {
        recordAll(action, List.of(new Touched(entity, id, projectId, null)));
    }

    /** A record of a mentee's (the mentee's own record: {@code menteeId} equal to {@code id}). */
    public void record(Action action, String entity, UUID id, UUID projectId, UUID menteeId) {
        recordAll(action, List.of(new Touched(entity, id, projectId, menteeId)));
    }

    /** One statement for many records (a list read); inside {@link #asOneStatement} it joins that statement. */
    public void recordAll(Action action, Collection<Touched> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<Action, List<Touched>> batch = pending.get();
        if (batch != null) {
            batch.computeIfAbsent(action, a -> new ArrayList<>()).addAll(records);
            return;
        }
        Instant now = clock.instant();
        trail.insert(now, actor(), String.join(",", user.roles()), action.code(), records, this::readerProject);
    }

    /**
     * Runs work that reads several lists (a mentee's timeline, a subject access export) and writes what it touched
     * in one statement per action at its end, in the same transaction.
     */
    public <T> T asOneStatement(Supplier<T> work) {
        if (pending.get() != null) {
            return work.get();
        }
        Map<Action, List<Touched>> batch = new EnumMap<>(Action.class);
        pending.set(batch);
        T result;
        try {
            result = work.get();
        } finally {
            pending.remove();
        }
        batch.forEach(this::recordAll);
        return result;
    }

    /**
     * A refused access, in a transaction of its own (the request's own work is rolled back). It runs where no request
     * context may be active (a response filter off the IO thread), so the caller is given, not looked up.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String actor, Set<String> roles, String entity, UUID id) {
        Set<String> known = new TreeSet<>(roles);
        known.retainAll(Roles.ALL);
        UUID reader = memberships.openMembershipsOf(actor).stream()
                .map(ProjectRole::projectId)
                .sorted()
                .findFirst()
                .orElse(null);
        trail.insert(
                clock.instant(),
                actor,
                String.join(",", known),
                Action.REFUSED.code(),
                List.of(new Touched(entity, id, null, null)),
                project -> reader);
    }

    private String actor() {
        return user.isAnonymous() ? "system" : user.subject();
    }

    /**
     * The project through which the caller acts on a record of {@code recordProject}: that project when they work
     * there, else one of their projects; null for programme-wide roles.
     */
    private UUID readerProject(UUID recordProject) {
        if (user.isAnonymous()) {
            return null;
        }
        Set<UUID> own = access.memberProjects();
        if (own.isEmpty()) {
            return null;
        }
        if (recordProject != null && own.contains(recordProject)) {
            return recordProject;
        }
        return own.stream().sorted().findFirst().orElse(null);
    }

    /** Filters of the audit list; all optional. */
    public record Filter(
            UUID projectId,
            String entity,
            UUID entityId,
            UUID menteeId,
            String actor,
            String action,
            Instant from,
            Instant to) {}

    /** The trail within the caller's audit scope ({@link ProjectAccess#auditScope()}). */
    public Page<AuditRepository.Event> list(Filter filter, PageRequest page) {
        return trail.page(filter, access.auditScope(), page);
    }

    /** Every event of the filter within the caller's scope, for an export (at most {@code limit}). */
    public List<AuditRepository.Event> all(Filter filter, int limit) {
        return trail.page(filter, access.auditScope(), new PageRequest(0, limit, "occurredAt", true))
                .items();
    }

    /** The state of the hash chain. */
    public AuditRepository.Integrity integrity() {
        return trail.integrity();
    }
}
