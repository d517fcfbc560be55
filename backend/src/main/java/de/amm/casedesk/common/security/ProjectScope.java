package de.amm.casedesk.common.security;

import de.amm.casedesk.common.persistence.NativeQuery.Predicate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The projects whose records a caller may read or change: all of them (coordination), some (project staff), or
 * none. Every query on project-owned records takes one of these, and the scope writes its own condition, so that
 * a hand-written query cannot forget it.
 */
public record ProjectScope(boolean all, Set<UUID> projectIds) {

    public static final ProjectScope ALL = new ProjectScope(true, Set.of());
    public static final ProjectScope NONE = new ProjectScope(false, Set.of());

    public static ProjectScope of(Set<UUID> projectIds) {
        return projectIds.isEmpty() ? NONE : new ProjectScope(false, Set.copyOf(projectIds));
    }

    public boolean includes(UUID projectId) {
        return all || projectIds.contains(projectId);
    }

    public boolean isEmpty() {
        return !all && projectIds.isEmpty();
    }

    /** The SQL condition that keeps the rows whose {@code column} (a project id) is in the scope. */
    public Predicate sql(String column) {
        if (all) {
            return Predicate.of("true");
        }
        if (projectIds.isEmpty()) {
            return Predicate.of("false");
        }
        return Predicate.of(column + " = any(?)", (Object) projectIds.toArray(UUID[]::new));
    }

    /**
     * The JPQL condition on an entity's project field, with its named parameter put into {@code parameters}.
     */
    public String jpql(String field, Map<String, Object> parameters) {
        if (all) {
            return "true";
        }
        if (projectIds.isEmpty()) {
            return "false";
        }
        parameters.put("scope", projectIds);
        return field + " in :scope";
    }
}
