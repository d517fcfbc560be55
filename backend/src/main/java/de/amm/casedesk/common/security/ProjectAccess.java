package de.amm.casedesk.common.security;

import de.amm.casedesk.common.error.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one component that decides which projects' records a caller may see and change. Project staff
 * (mentors, project leads, integration clients) reach their own projects only, as recorded in the
 * membership table and read afresh on every request; the coordination entity reads all projects.
 * Anything outside the scope is answered with 404, as if it did not exist.
 */
@RequestScoped
public class ProjectAccess {

    @Inject
    CurrentUser user;

    @Inject
    MembershipDirectory directory;

    private List<ProjectRole> memberships;

    public List<ProjectRole> memberships() {
        if (memberships == null) {
            memberships = user.isAnonymous() ? List.of() : directory.openMembershipsOf(user.subject());
        }
        return memberships;
    }

    public Set<UUID> memberProjects() {
        return memberships().stream().map(ProjectRole::projectId).collect(Collectors.toUnmodifiableSet());
    }

    /** The projects whose case records the caller may read. */
    public ProjectScope readScope() {
        if (user.isAnonymous()) {
            return ProjectScope.NONE;
        }
        if (user.hasRole(Roles.COORDINATOR)) {
            return ProjectScope.ALL;
        }
        if (user.hasRole(Roles.MENTOR) || user.hasRole(Roles.PROJECT_LEAD) || user.hasRole(Roles.INTEGRATION)) {
            return ProjectScope.of(memberProjects());
        }
        return ProjectScope.NONE;
    }

    /** The projects whose records the caller may change: their own, whatever else they may read. */
    public ProjectScope writeScope() {
        if (user.hasRole(Roles.MENTOR) || user.hasRole(Roles.PROJECT_LEAD) || user.hasRole(Roles.INTEGRATION)) {
            return ProjectScope.of(memberProjects());
        }
        return ProjectScope.NONE;
    }

    public boolean isMemberOf(UUID projectId) {
        return memberships().stream().anyMatch(m -> m.projectId().equals(projectId));
    }

    public boolean isLeadOf(UUID projectId) {
        return user.hasRole(Roles.PROJECT_LEAD)
                && memberships().stream().anyMatch(m -> m.projectId().equals(projectId) && m.isLead());
    }

    public boolean isCoordinator() {
        return user.hasRole(Roles.COORDINATOR);
    }

    /**
     * Whether the caller sees the personal data of a record visible to these projects: only the staff of
     * one of them do. The coordination entity reads such records pseudonymised.
     */
    public boolean seesPersonalData(java.util.Collection<UUID> projectIds) {
        Set<UUID> own = writeScope().projectIds();
        return projectIds.stream().anyMatch(own::contains);
    }

    /** The caller's person record (staff and integration clients have one). */
    public UUID personId() {
        return directory
                .personIdOf(user.subject())
                .orElseThrow(() -> new ApiException(
                        de.amm.casedesk.common.error.ProblemType.FORBIDDEN,
                        "You are not registered as staff of a project"));
    }

    /**
     * The project a new record goes to: the requested one (404 unless the caller works there), or the
     * caller's only project.
     */
    public UUID projectForNewRecord(UUID requested) {
        if (requested != null) {
            requireWritable(requested, "Project");
            return requested;
        }
        Set<UUID> own = writeScope().projectIds();
        if (own.size() == 1) {
            return own.iterator().next();
        }
        throw ApiException.invalid(
                "projectId",
                own.isEmpty() ? "you work in no project" : "is required because you work in several projects");
    }

    /**
     * Deleting a record entered by mistake is for the lead of the record's project (403 for everybody
     * else who works there; callers check visibility first).
     */
    public void requireLeadForDeletion(UUID projectId) {
        if (!isLeadOf(projectId)) {
            throw new ApiException(
                    de.amm.casedesk.common.error.ProblemType.FORBIDDEN,
                    "Only the project's lead deletes records entered by mistake");
        }
    }

    /** Throws 404 unless the caller may read the project's records. */
    public void requireReadable(UUID projectId, String what) {
        if (!readScope().includes(projectId)) {
            throw ApiException.notFound(what);
        }
    }

    /** Throws 404 unless the caller works in the project. */
    public void requireWritable(UUID projectId, String what) {
        if (!writeScope().includes(projectId)) {
            throw ApiException.notFound(what);
        }
    }
}
