package de.amm.casedesk.mentee;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.codelist.Nationalities;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.Problem.FieldError;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.ProjectScope;
import de.amm.casedesk.mentee.MenteeApi.MenteeInput;
import de.amm.casedesk.mentee.MenteeApi.MenteeSummary;
import de.amm.casedesk.mentee.MenteeApi.MenteeView;
import de.amm.casedesk.programme.ProgrammeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Mentees: registered and changed by the staff of their projects, read pseudonymised by the coordination
 * entity, deleted (when entered by mistake) by the lead of the registering project. Every read and change
 * is audited.
 */
@ApplicationScoped
@Transactional
public class MenteeService {

    static final String AUDIT_ENTITY = "mentee";
    /** Sort fields of the list; outside the mentee's projects names are neither shown nor sorted by. */
    static final List<String> STAFF_SORTS =
            List.of("lastName", "createdAt", "pseudonym", "lastContactOn", "nextFollowUpDueOn");

    static final List<String> PSEUDONYMISED_SORTS =
            List.of("pseudonym", "createdAt", "lastContactOn", "nextFollowUpDueOn");
    private static final String PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MenteeRepository mentees;
    private final ProjectAccess access;
    private final AuditService audit;
    private final ProgrammeService programme;

    public MenteeService(
            MenteeRepository mentees, ProjectAccess access, AuditService audit, ProgrammeService programme) {
        this.mentees = mentees;
        this.access = access;
        this.audit = audit;
        this.programme = programme;
    }

    /** The mentee as the caller may see them; the read is audited. */
    public MenteeView get(UUID id) {
        Mentee mentee = visible(id);
        audit.record(Action.READ, AUDIT_ENTITY, id, mentee.projectId);
        return MenteeMapper.toView(mentee, access.seesPersonalData(mentee.projectIds));
    }

    public Page<MenteeSummary> list(MenteeFilter filter, PageRequest page) {
        ProjectScope scope = access.readScope();
        if (filter.projectId() != null && !scope.includes(filter.projectId())) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        if (filter.nameContains() != null && access.writeScope().isEmpty()) {
            throw ApiException.invalid("q", "searching by name is for the mentee's own projects only");
        }
        List<MenteeRepository.Row> rows = mentees.search(filter, scope, page);
        audit.recordAll(
                Action.READ,
                AUDIT_ENTITY,
                rows.stream().map(r -> new Touched(r.id(), r.projectId())).toList());
        Set<UUID> own = access.writeScope().projectIds();
        List<MenteeSummary> items = rows.stream()
                .map(r -> MenteeMapper.toSummary(r, r.projectIds().stream().anyMatch(own::contains)))
                .toList();
        return new Page<>(items, page.page(), page.size(), mentees.count(filter, scope));
    }

    public MenteeView create(@NotNull @Valid MenteeInput body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        check(body);
        Mentee mentee = new Mentee();
        mentee.id = Ids.newId();
        mentee.projectId = projectId;
        mentee.projectIds.add(projectId);
        mentee.pseudonym = newPseudonym();
        MenteeMapper.apply(body, mentee);
        mentees.persist(mentee);
        mentees.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, mentee.id, projectId);
        return MenteeMapper.toView(mentee, true);
    }

    /** Replaces the mentee's data; returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid MenteeInput body) {
        Mentee mentee = writable(id);
        Versions.check(mentee.version, expectedVersion);
        if (body.projectId() != null && !body.projectId().equals(mentee.projectId)) {
            throw ApiException.invalid("projectId", "cannot be changed; open a case in the other project instead");
        }
        check(body);
        MenteeMapper.apply(body, mentee);
        mentees.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, mentee.projectId);
        return mentee.version;
    }

    /** Deletes a mentee entered by mistake, with every record of theirs; for the registering project's lead. */
    public void delete(UUID id, long expectedVersion) {
        Mentee mentee = writable(id);
        if (!access.isLeadOf(mentee.projectId)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "Only the lead of the registering project deletes a mentee entered by mistake");
        }
        Versions.check(mentee.version, expectedVersion);
        mentees.delete(mentee);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, mentee.projectId);
    }

    /**
     * For the other case records: the mentee, who must be visible to {@code projectId}, a project the caller
     * works in; 404 otherwise.
     */
    public MenteeRef requireInProject(UUID menteeId, UUID projectId) {
        return mentees.findVisible(menteeId, access.writeScope())
                .filter(m -> m.projectIds.contains(projectId))
                .map(MenteeRef::of)
                .orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    /**
     * For a new case: the mentee, visible to the caller through one of their projects, becomes visible to
     * {@code projectId} (also the caller's) as well.
     */
    public MenteeRef joinProject(UUID menteeId, UUID projectId) {
        Mentee mentee =
                mentees.findVisible(menteeId, access.writeScope()).orElseThrow(() -> ApiException.notFound("Mentee"));
        if (mentee.projectIds.add(projectId)) {
            mentees.flush();
        }
        return MenteeRef.of(mentee);
    }

    /** For the other features: the mentee as the caller may see them (404 otherwise), not audited here. */
    public MenteeRef visibleRef(UUID id) {
        return MenteeRef.of(visible(id));
    }

    /** Pseudonyms by mentee id, for lists of other records. */
    public java.util.Map<UUID, String> pseudonyms(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> pseudonyms = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            mentees.list("id in ?1", java.util.Set.copyOf(ids)).forEach(m -> pseudonyms.put(m.id, m.pseudonym));
        }
        return pseudonyms;
    }

    private Mentee visible(UUID id) {
        return mentees.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    private Mentee writable(UUID id) {
        return mentees.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    private void check(MenteeInput body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.birthDate() != null
                && body.yearOfBirth() != null
                && body.birthDate().getYear() != body.yearOfBirth()) {
            errors.add(new FieldError("yearOfBirth", "does not match birthDate"));
        }
        if (body.birthDate() != null && body.birthDate().getYear() < 1900) {
            errors.add(new FieldError("birthDate", "must be in 1900 or later"));
        }
        if (body.nationality() != null && !Nationalities.isKnown(body.nationality())) {
            errors.add(new FieldError("nationality", "is not an ISO 3166-1 country code (or XX)"));
        }
        if (body.district() != null
                && !programme.unknownDistricts(List.of(body.district())).isEmpty()) {
            errors.add(new FieldError("district", "is not a Saxon district (AGS code)"));
        }
        var consent = body.consent();
        if (consent != null && consent.withdrawnOn() != null) {
            if (consent.givenOn() == null) {
                errors.add(new FieldError("consent.givenOn", "is needed when consent was withdrawn"));
            } else if (consent.withdrawnOn().isBefore(consent.givenOn())) {
                errors.add(new FieldError("consent.withdrawnOn", "must not be before consent.givenOn"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private String newPseudonym() {
        while (true) {
            StringBuilder code = new StringBuilder("TN-");
            for (int i = 0; i < 6; i++) {
                code.append(PSEUDONYM_ALPHABET.charAt(RANDOM.nextInt(PSEUDONYM_ALPHABET.length())));
            }
            if (!mentees.pseudonymTaken(code.toString())) {
                return code.toString();
            }
        }
    }
}
