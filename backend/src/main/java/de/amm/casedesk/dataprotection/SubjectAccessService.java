package de.amm.casedesk.dataprotection;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.common.security.CurrentUser;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.ProjectRole;
import de.amm.casedesk.common.security.ProjectScope;
import de.amm.casedesk.dataprotection.SubjectAccessApi.SubjectAccess;
import de.amm.casedesk.mentee.ConsentService;
import de.amm.casedesk.mentee.MenteeRef;
import de.amm.casedesk.mentee.MenteeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The answer to an access request (GDPR Art. 15): a project lead's covers the projects they lead, the
 * data-protection officer's every project. Producing it is audited as an export.
 */
@ApplicationScoped
@Transactional
public class SubjectAccessService {

    private final SubjectAccessRepository held;
    private final MenteeService mentees;
    private final ConsentService consents;
    private final ProjectAccess access;
    private final CurrentUser user;
    private final AuditService audit;
    private final Clock clock;

    public SubjectAccessService(
            SubjectAccessRepository held,
            MenteeService mentees,
            ConsentService consents,
            ProjectAccess access,
            CurrentUser user,
            AuditService audit,
            Clock clock) {
        this.held = held;
        this.mentees = mentees;
        this.consents = consents;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    public SubjectAccess of(UUID menteeId) {
        MenteeRef mentee = mentees.dataSubject(menteeId);
        ProjectScope scope = access.isDataProtectionOfficer()
                ? ProjectScope.ALL
                : ProjectScope.of(access.memberships().stream()
                        .filter(ProjectRole::isLead)
                        .map(ProjectRole::projectId)
                        .collect(Collectors.toSet()));
        audit.record(Action.EXPORT, "mentee", menteeId, mentee.projectId(), menteeId);
        var projects = held.projects(menteeId, scope);
        return new SubjectAccess(
                menteeId,
                clock.instant(),
                user.displayName().orElse(String.join(", ", user.roles())),
                projects,
                scope.all() || projects.size() == mentee.projectIds().size(),
                held.person(menteeId),
                consents.historyOf(menteeId),
                held.cases(menteeId, scope),
                held.activities(menteeId, scope),
                held.placements(menteeId, scope),
                held.followUps(menteeId, scope),
                held.referrals(menteeId, scope),
                held.documents(menteeId, scope),
                held.accesses(menteeId, scope));
    }
}
