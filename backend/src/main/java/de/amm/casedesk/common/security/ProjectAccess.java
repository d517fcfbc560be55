package de.amm.casedesk.common.security;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
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

    public boolean isDataProtectionOfficer() {
        return user.hasRole(Roles.DATA_PROTECTION_OFFICER);
    }

    /**
     * Whose figures the caller sees: the coordination entity every project's, exactly; the ministry every
     * project's under disclosure control; project staff their own projects', exactly. Others none.
     */
    public StatisticsAccess statistics() {
        if (user.hasRole(Roles.COORDINATOR)) {
            return new StatisticsAccess(ProjectScope.ALL, true);
        }
        if (user.hasRole(Roles.MINISTRY)) {
            return new StatisticsAccess(ProjectScope.ALL, false);
        }
        return new StatisticsAccess(writeScope(), true);
    }

    /**
     * Whose audit trail the caller reads: the data-protection officer and the coordination entity every project's,
     * a lead the projects they lead.
     */
    public ProjectScope auditScope() {
        if (isCoordinator() || isDataProtectionOfficer()) {
            return ProjectScope.ALL;
        }
        if (!user.hasRole(Roles.PROJECT_LEAD)) {
            return ProjectScope.NONE;
        }
        return ProjectScope.of(memberships().stream()
                .filter(ProjectRole::isLead)
                .map(ProjectRole::projectId)
                .collect(Collectors.toSet()));
    }

    /** Whether the caller sees a project's team: its own staff and the coordination entity do. */
    public boolean seesTeamOf(UUID projectId) {
        return isCoordinator() || isMemberOf(projectId);
    }

    /** Whether the caller changes a project's team (and profile): the coordination entity and the project's lead. */
    public boolean managesProject(UUID projectId) {
        return isCoordinator() || isLeadOf(projectId);
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

    /** The caller's person record, if they are staff (the data-protection officer, for one, is not). */
    public java.util.Optional<UUID> personIdIfStaff() {
        return user.isAnonymous() ? java.util.Optional.empty() : directory.personIdOf(user.subject());
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
                own.isEmpty() ? FieldRule.NO_PROJECT.on("projectId") : FieldRule.PROJECT_NEEDED.on("projectId"));
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

    /** Throws 404 unless the caller works in the project. */
    public void requireWritable(UUID projectId, String what) {
        if (!writeScope().includes(projectId)) {
            throw ApiException.notFound(what);
        }
    }
}
