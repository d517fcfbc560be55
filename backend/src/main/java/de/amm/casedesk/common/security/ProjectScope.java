package de.amm.casedesk.common.security;

import java.util.Set;
import java.util.UUID;

/**
 * The projects whose records a caller may read: all of them (coordination), some (project staff), or
 * none. Every query on project-owned records takes one of these.
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
}
