package de.amm.casedesk.staff;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
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
import java.time.Clock;
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
public class StaffService implements TeamRecords {

    private final MembershipRepository memberships;
    private final PersonRepository persons;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final AuditService audit;
    private final de.amm.casedesk.common.security.CurrentUser caller;
    private final Clock clock;

    public StaffService(
            MembershipRepository memberships,
            PersonRepository persons,
            ProjectService projects,
            ProjectAccess access,
            AuditService audit,
            de.amm.casedesk.common.security.CurrentUser caller,
            Clock clock) {
        this.clock = clock;
        this.memberships = memberships;
        this.persons = persons;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
        this.caller = caller;
    }

    /** The team; staff names and addresses are personal data, so the read is audited. */
    public List<Membership> team(UUID projectId) {
        requireTeamVisible(projectId);
        List<Membership> team = memberships.openMembershipsOfProject(projectId);
        audit.recordAll(
                Action.READ,
                team.stream()
                        .map(m -> new Touched("member", m.person.id, projectId, null))
                        .toList());
        return team;
    }

    public Membership member(UUID projectId, UUID personId) {
        requireTeamVisible(projectId);
        Membership member =
                memberships.openMembership(projectId, personId).orElseThrow(() -> ApiException.notFound("Member"));
        audit.record(Action.READ, "member", personId, projectId);
        return member;
    }

    /** Checks that the caller may add this person to the team; returns the normalised e-mail address. */
    @Override
    public String checkAddable(UUID projectId, NewMember body) {
        requireTeamManageable(projectId);
        String email = body.email().strip().toLowerCase();
        persons.findByEmail(email).ifPresent(known -> {
            if (memberships.openMembership(projectId, known.id).isPresent()) {
                throw ApiException.conflict("This person is a member of the project already");
            }
        });
        return email;
    }

    /** Stores the membership of a person whose account is found or created ({@link TeamOnboarding}). */
    @Override
    public Added add(UUID projectId, NewMember body, Account account) {
        requireTeamManageable(projectId);
        String email = body.email().strip().toLowerCase();
        Person person = persons.findByKeycloakUser(account.userId())
                .or(() -> persons.findByEmail(email))
                .orElse(null);
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
        membership.startedOn = LocalDate.now(clock);
        memberships.persist(membership);
        memberships.flush();
        audit.record(Action.CREATE, "member", person.id, projectId);
        return new Added(membership, account);
    }

    /** Takes back a membership stored a moment ago whose role could not be granted. */
    @Override
    public void undoAdd(UUID membershipId) {
        memberships.findByIdOptional(membershipId).ifPresent(membership -> {
            memberships.delete(membership);
            audit.record(Action.DELETE, "member", membership.person.id, membership.projectId);
        });
    }

    /** Ends the person's membership today; their next request no longer reaches the project. */
    public void remove(UUID projectId, UUID personId) {
        requireTeamManageable(projectId);
        Membership membership =
                memberships.openMembership(projectId, personId).orElseThrow(() -> ApiException.notFound("Member"));
        membership.endedOn =
                LocalDate.now(clock).isBefore(membership.startedOn) ? membership.startedOn : LocalDate.now(clock);
        audit.record(Action.DELETE, "member", personId, projectId);
    }

    /** Whether the person works on cases in the project now (an open membership as mentor or lead). */
    public boolean worksOnCases(UUID projectId, UUID personId) {
        return memberships
                .openMembership(projectId, personId)
                .filter(m -> m.role.equals("mentor") || m.role.equals("project_lead"))
                .isPresent();
    }

    /** Display names of staff of the projects the caller may see, by person id. */
    public Map<UUID, String> names(java.util.Collection<UUID> personIds) {
        return persons.namesInProjects(personIds, access.readScope());
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
