package de.amm.casedesk.mentee;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.codelist.Nationalities;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
            List.of("lastName", "createdAt", "pseudonym", "lastActivityOn", "nextFollowUpDueOn");

    static final List<String> PSEUDONYMISED_SORTS =
            List.of("pseudonym", "createdAt", "lastActivityOn", "nextFollowUpDueOn");
    private static final String PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MenteeRepository mentees;
    private final MenteeListRepository list;
    private final ProjectAccess access;
    private final AuditService audit;
    private final ProgrammeService programme;
    private final ConsentService consents;
    private final Clock clock;
    private final Duration mistakeWindow;

    public MenteeService(
            MenteeRepository mentees,
            ProjectAccess access,
            AuditService audit,
            ProgrammeService programme,
            MenteeListRepository list,
            ConsentService consents,
            Clock clock,
            @ConfigProperty(name = "amm.gdpr.mistake-window", defaultValue = "P7D") Duration mistakeWindow) {
        this.list = list;
        this.consents = consents;
        this.clock = clock;
        this.mistakeWindow = mistakeWindow;
        this.mentees = mentees;
        this.access = access;
        this.audit = audit;
        this.programme = programme;
    }

    /** The mentee as the caller may see them; the read is audited. */
    public MenteeView get(UUID id) {
        Mentee mentee = visible(id);
        audit.record(Action.READ, AUDIT_ENTITY, id, mentee.projectId, id);
        return MenteeMapper.toView(mentee, access.seesPersonalData(mentee.projectIds), consents.inForce(id));
    }

    public Page<MenteeSummary> list(MenteeFilter filter, PageRequest page) {
        if (filter.district() != null
                && !programme.unknownDistricts(List.of(filter.district())).isEmpty()) {
            throw ApiException.invalid(FieldRule.UNKNOWN_DISTRICT.on("district", "value", filter.district()));
        }
        ProjectScope scope = access.readScope();
        if (filter.nameContains() != null && access.writeScope().isEmpty()) {
            throw ApiException.invalid(FieldRule.OWN_PROJECTS_ONLY.on("q"));
        }
        if (filter.nameContains() != null) {
            // a name is looked up only where the caller sees names: else a search over pseudonymised projects would
            // map names to pseudonyms (ordering by name is kept to the same projects, see MenteeResource)
            scope = access.writeScope();
        }
        if (filter.projectId() != null && !scope.includes(filter.projectId())) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<MenteeListRepository.ListedMentee> rows = list.search(filter, scope, page);
        audit.recordAll(
                Action.READ,
                rows.stream()
                        .map(r -> new Touched(AUDIT_ENTITY, r.id(), r.projectId(), r.id()))
                        .toList());
        Set<UUID> own = access.writeScope().projectIds();
        List<MenteeSummary> items = rows.stream()
                .map(r -> MenteeMapper.toSummary(r, r.projectIds().stream().anyMatch(own::contains)))
                .toList();
        return new Page<>(items, page.page(), page.size(), list.count(filter, scope));
    }

    /** Registers a mentee with the consent declaration they signed (counselling at least). */
    public MenteeView create(@NotNull @Valid MenteeInput body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        check(body);
        if (body.consent() == null) {
            throw ApiException.invalid(FieldRule.REQUIRED.on("consent"));
        }
        if (!body.consent().scopes().contains(ConsentScope.COUNSELLING)) {
            throw ApiException.invalid(
                    FieldRule.CONSENT_MISSING.on("consent.scopes", "scope", ConsentScope.COUNSELLING.code()));
        }
        Mentee mentee = new Mentee();
        mentee.id = Ids.newId();
        mentee.projectId = projectId;
        mentee.projectIds.add(projectId);
        mentee.pseudonym = newPseudonym();
        mentee.createdAt = clock.instant();
        mentee.updatedAt = mentee.createdAt;
        MenteeMapper.apply(body, mentee);
        mentees.persist(mentee);
        mentees.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, mentee.id, projectId, mentee.id);
        consents.recordInitial(mentee, body.consent());
        return MenteeMapper.toView(mentee, true, consents.inForce(mentee.id));
    }

    /** Replaces the mentee's data; returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid MenteeInput body) {
        Mentee mentee = writable(id);
        Versions.check(mentee.version, expectedVersion);
        if (body.projectId() != null && !body.projectId().equals(mentee.projectId)) {
            throw ApiException.invalid(FieldRule.OTHER_PROJECT_BY_CASE.on("projectId"));
        }
        if (body.consent() != null) {
            throw ApiException.invalid(FieldRule.IMMUTABLE.on("consent"));
        }
        requireNotAnonymised(mentee);
        consents.require(id, ConsentScope.COUNSELLING);
        check(body);
        MenteeMapper.apply(body, mentee);
        mentee.updatedAt = clock.instant();
        mentees.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, mentee.projectId, id);
        return mentee.version;
    }

    /**
     * Deletes a mentee entered by mistake, with every record of theirs; for the registering project's lead, within
     * the mistake window after registration (amm.gdpr.mistake-window, 7 days), while no other project has records
     * of theirs and no statistics report has been issued since. Afterwards a mentee is anonymised, not deleted, so
     * that past figures and issued reports stay as they are.
     */
    public void delete(UUID id, long expectedVersion) {
        Mentee mentee = writable(id);
        if (!access.isLeadOf(mentee.projectId)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "Only the lead of the registering project deletes a mentee entered by mistake");
        }
        Versions.check(mentee.version, expectedVersion);
        if (mentee.createdAt.plus(mistakeWindow).isBefore(clock.instant())) {
            throw new ApiException(
                    ProblemType.DELETION_NOT_ALLOWED,
                    "A mentee is deleted as entered by mistake only within " + mistakeWindow.toDays()
                            + " days of registration; afterwards anonymise them (POST /mentees/{id}/anonymisation)");
        }
        if (mentee.projectIds.size() > 1) {
            throw new ApiException(
                    ProblemType.DELETION_NOT_ALLOWED,
                    "Another project has records of this mentee; anonymise them instead");
        }
        if (mentees.reportIssuedSince(mentee.createdAt)) {
            throw new ApiException(
                    ProblemType.DELETION_NOT_ALLOWED,
                    "A statistics report issued since the registration may count this mentee; anonymise them"
                            + " instead");
        }
        mentees.delete(mentee);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, mentee.projectId, id);
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
     * {@code projectId} (also the caller's) as well; that needs the mentee's consent to the transfer.
     */
    public MenteeRef joinProject(UUID menteeId, UUID projectId) {
        Mentee mentee =
                mentees.findVisible(menteeId, access.writeScope()).orElseThrow(() -> ApiException.notFound("Mentee"));
        requireNotAnonymised(mentee);
        if (!mentee.projectIds.contains(projectId)) {
            // the mentee's data passes to another project of the programme
            consents.require(menteeId, ConsentScope.COUNSELLING, ConsentScope.TRANSFER);
            mentee.projectIds.add(projectId);
            mentees.flush();
        }
        return MenteeRef.of(mentee);
    }

    /**
     * For a deleted case: the project no longer sees the mentee when nothing of theirs is left there (and it is
     * not the registering project).
     */
    public void unlinkIfUnused(UUID menteeId, UUID projectId) {
        mentees.unlinkIfUnused(menteeId, projectId);
    }

    /**
     * The person concerned by a data-protection request (access, erasure): for the data-protection officer any
     * mentee, for a project lead those of the projects they lead; 404 for anyone else.
     */
    public MenteeRef dataSubject(UUID id) {
        Mentee mentee = mentees.findByIdOptional(id)
                .filter(m -> access.isDataProtectionOfficer()
                        || m.projectIds.stream().anyMatch(access::isLeadOf))
                .orElseThrow(() -> ApiException.notFound("Mentee"));
        return MenteeRef.of(mentee);
    }

    /**
     * Erasure: names, birth date, contact data, languages and notes go, the pseudonym is replaced (it may be on
     * paper), the reporting attributes stay. Returns false when the mentee was anonymised before.
     */
    public boolean anonymise(UUID id, java.time.LocalDate day) {
        Mentee mentee = mentees.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Mentee"));
        if (mentee.anonymisedOn != null) {
            return false;
        }
        mentee.firstName = "";
        mentee.lastName = "";
        mentee.birthDate = null;
        mentee.phone = null;
        mentee.email = null;
        mentee.address = null;
        mentee.languages.clear();
        mentee.notes = null;
        mentee.pseudonym = newPseudonym();
        mentee.anonymisedOn = day;
        mentee.updatedAt = clock.instant();
        mentees.flush();
        return true;
    }

    /** The mentee without an access check, for work whose access was checked already (erasure). */
    public MenteeRef refOf(UUID id) {
        return mentees.findByIdOptional(id).map(MenteeRef::of).orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    /** The day the mentee was anonymised, or null. */
    public java.time.LocalDate anonymisedOn(UUID id) {
        return mentees.findByIdOptional(id).map(m -> m.anonymisedOn).orElse(null);
    }

    /** Refuses (409) changes to an anonymised mentee's records. */
    public void requireNotAnonymised(UUID menteeId) {
        mentees.findByIdOptional(menteeId).ifPresent(this::requireNotAnonymised);
    }

    private void requireNotAnonymised(Mentee mentee) {
        if (mentee.anonymisedOn != null) {
            throw ApiException.conflict("The mentee was anonymised on " + mentee.anonymisedOn
                    + "; their records are kept for the figures only");
        }
    }

    /**
     * For the other features: the mentee as seen from the projects the caller works in (404 otherwise, also for a
     * programme-wide reader), not audited here.
     */
    public MenteeRef workedOnRef(UUID id) {
        return mentees.findVisible(id, access.writeScope())
                .map(MenteeRef::of)
                .orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    /** For the other features: the mentee as the caller may see them (404 otherwise), not audited here. */
    public MenteeRef visibleRef(UUID id) {
        return MenteeRef.of(visible(id));
    }

    /** What both projects of a transfer see of the mentee: enough to tell who it is. */
    public record HandOver(UUID id, String pseudonym, String name, Integer yearOfBirth, String district) {}

    /**
     * For transfers, whose callers' rights the transfer service checked (the handing-over project holds the record;
     * the receiving one was offered it with the mentee's consent to the transfer): who the mentees are, by id.
     */
    public java.util.Map<UUID, HandOver> handOvers(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, HandOver> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            mentees.list("id in ?1", java.util.Set.copyOf(ids))
                    .forEach(m -> found.put(
                            m.id,
                            new HandOver(
                                    m.id,
                                    m.pseudonym,
                                    m.anonymisedOn != null ? null : (m.firstName + " " + m.lastName).strip(),
                                    m.yearOfBirth == null ? null : m.yearOfBirth.intValue(),
                                    m.districtAgs)));
        }
        return found;
    }

    /**
     * An accepted transfer: the receiving project sees the mentee from now on (the transfer service checked the
     * caller's right and the consent).
     */
    public MenteeRef joinByTransfer(UUID menteeId, UUID projectId) {
        Mentee mentee = mentees.findByIdOptional(menteeId).orElseThrow(() -> ApiException.notFound("Mentee"));
        requireNotAnonymised(mentee);
        if (!mentee.projectIds.contains(projectId)) {
            mentee.projectIds.add(projectId);
            mentees.flush();
        }
        return MenteeRef.of(mentee);
    }

    /** Pseudonyms of the mentees the caller may see, by mentee id, for lists of other records. */
    public java.util.Map<UUID, String> pseudonyms(java.util.Collection<UUID> ids) {
        return mentees.pseudonyms(ids, access.readScope());
    }

    private Mentee visible(UUID id) {
        return mentees.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    private Mentee writable(UUID id) {
        return mentees.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    private void check(MenteeInput body) {
        List<FieldRule.Violation> errors = new ArrayList<>();
        if (body.birthDate() != null
                && body.yearOfBirth() != null
                && body.birthDate().getYear() != body.yearOfBirth()) {
            errors.add(FieldRule.MISMATCH.on("yearOfBirth", "other", "birthDate"));
        }
        if (body.birthDate() != null && body.birthDate().getYear() < 1900) {
            errors.add(FieldRule.NOT_BEFORE.on("birthDate", "other", "1900-01-01"));
        }
        if (body.nationality() != null && !Nationalities.isKnown(body.nationality())) {
            errors.add(FieldRule.COUNTRY_CODE.on("nationality"));
        }
        if (body.district() != null
                && !programme.unknownDistricts(List.of(body.district())).isEmpty()) {
            errors.add(FieldRule.UNKNOWN_DISTRICT.on("district", "value", body.district()));
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
