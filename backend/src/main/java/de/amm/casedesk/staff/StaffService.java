package de.amm.casedesk.staff;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.ProjectRole;
import de.amm.casedesk.project.ProjectService;
import de.amm.casedesk.staff.AccountDirectory.Account;
import de.amm.casedesk.staff.StaffApi.NewMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Project teams. The coordination entity and a project's lead add and remove members; the project's
 * own staff and the coordination entity see the team. Removing a member ends their access at once.
 */
@ApplicationScoped
@Transactional
public class StaffService {

    private final MembershipRepository memberships;
    private final PersonRepository persons;
    private final AccountDirectory accounts;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final AuditService audit;
    private final de.amm.casedesk.common.security.CurrentUser caller;

    public StaffService(
            MembershipRepository memberships,
            PersonRepository persons,
            AccountDirectory accounts,
            ProjectService projects,
            ProjectAccess access,
            AuditService audit,
            de.amm.casedesk.common.security.CurrentUser caller) {
        this.memberships = memberships;
        this.persons = persons;
        this.accounts = accounts;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
        this.caller = caller;
    }

    public List<Membership> team(UUID projectId) {
        requireTeamVisible(projectId);
        return memberships.openMembershipsOfProject(projectId);
    }

    public Membership member(UUID projectId, UUID personId) {
        requireTeamVisible(projectId);
        return memberships.openMembership(projectId, personId).orElseThrow(() -> ApiException.notFound("Member"));
    }

    /** Adds a person to the team; their Keycloak account is created (or an existing one linked). */
    public Added add(UUID projectId, @NotNull @Valid NewMember body) {
        requireTeamManageable(projectId);
        String email = body.email().strip().toLowerCase();
        Person known = persons.findByEmail(email).orElse(null);
        if (known != null && memberships.openMembership(projectId, known.id).isPresent()) {
            throw ApiException.conflict("This person is a member of the project already");
        }
        Account account = accounts.provision(
                email, body.firstName().strip(), body.lastName().strip(), body.role());
        Person person = persons.findByKeycloakUser(account.userId()).orElse(known);
        if (person != null && memberships.openMembership(projectId, person.id).isPresent()) {
            throw ApiException.conflict("This person is a member of the project already");
        }
        if (person == null) {
            person = new Person();
            person.id = Ids.newId();
            person.displayName =
                    body.firstName().strip() + " " + body.lastName().strip();
            person.email = email;
            persons.persist(person);
        }
        person.keycloakUserId = account.userId();

        Membership membership = new Membership();
        membership.id = Ids.newId();
        membership.projectId = projectId;
        membership.person = person;
        membership.role = body.role();
        membership.startedOn = LocalDate.now();
        memberships.persist(membership);
        memberships.flush();
        audit.record(Action.CREATE, "member", person.id, projectId);
        return new Added(membership, account);
    }

    /** Ends the person's membership today; their next request no longer reaches the project. */
    public void remove(UUID projectId, UUID personId) {
        requireTeamManageable(projectId);
        Membership membership =
                memberships.openMembership(projectId, personId).orElseThrow(() -> ApiException.notFound("Member"));
        membership.endedOn = LocalDate.now().isBefore(membership.startedOn) ? membership.startedOn : LocalDate.now();
        audit.record(Action.DELETE, "member", personId, projectId);
    }

    /** Whether the person works on cases in the project now (an open membership as mentor or lead). */
    public boolean worksOnCases(UUID projectId, UUID personId) {
        return memberships
                .openMembership(projectId, personId)
                .filter(m -> m.role.equals("mentor") || m.role.equals("project_lead"))
                .isPresent();
    }

    /** Display names of people by id. */
    public Map<UUID, String> names(java.util.Collection<UUID> personIds) {
        Map<UUID, String> names = new java.util.HashMap<>();
        if (!personIds.isEmpty()) {
            persons.list("id in ?1", personIds).forEach(p -> names.put(p.id, p.displayName));
        }
        return names;
    }

    /** The caller's person id, when they are registered as staff. */
    public java.util.Optional<UUID> myPersonId() {
        return memberships.personIdOf(caller.subject());
    }

    /** The caller's open memberships with the project names. */
    public List<StaffApi.MyProject> myProjects() {
        List<ProjectRole> mine = access.memberships();
        Map<UUID, String> names =
                projects.names(mine.stream().map(ProjectRole::projectId).toList());
        return mine.stream()
                .map(m -> new StaffApi.MyProject(m.projectId(), names.get(m.projectId()), m.role()))
                .toList();
    }

    private void requireTeamVisible(UUID projectId) {
        boolean visible = access.isCoordinator() || access.isMemberOf(projectId);
        if (!visible || !projects.exists(projectId)) {
            throw ApiException.notFound("Project");
        }
    }

    private void requireTeamManageable(UUID projectId) {
        requireTeamVisible(projectId);
        if (!access.isCoordinator() && !access.isLeadOf(projectId)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "Only the coordination entity and the project's lead manage the team");
        }
    }

    public record Added(Membership membership, Account account) {}
}
