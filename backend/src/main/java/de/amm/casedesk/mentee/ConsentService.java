package de.amm.casedesk.mentee;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.files.FileTypes;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.mentee.ConsentApi.ConsentRecordView;
import de.amm.casedesk.mentee.ConsentApi.ConsentState;
import de.amm.casedesk.mentee.ConsentApi.NewConsent;
import de.amm.casedesk.mentee.ConsentApi.Withdrawal;
import de.amm.casedesk.staff.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A mentee's consent, scope by scope, and the gate every operation that needs a scope passes: case work needs
 * counselling, passing data on needs the scope for it (see {@link #require}). Declarations are never changed; a
 * withdrawal or a declaration to a newer text ends a row and keeps it.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    static final String AUDIT_ENTITY = "consent";
    static final Set<String> FORM_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");
    static final int FORM_MAX_BYTES = 5 * 1024 * 1024;

    private final ConsentRepository consents;
    private final MenteeRepository mentees;
    private final ProjectAccess access;
    private final AuditService audit;
    private final StaffService staff;
    private final Clock clock;

    private final FileTypes types;

    public ConsentService(
            ConsentRepository consents,
            MenteeRepository mentees,
            ProjectAccess access,
            AuditService audit,
            StaffService staff,
            FileTypes types,
            Clock clock) {
        this.types = types;
        this.consents = consents;
        this.mentees = mentees;
        this.access = access;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** The state and history; for the mentee's projects' staff, the coordination entity and the DPO. */
    public ConsentState state(UUID menteeId) {
        Mentee mentee = readable(menteeId);
        audit.record(Action.READ, AUDIT_ENTITY, menteeId, mentee.projectId, menteeId);
        return stateOf(menteeId);
    }

    /** Records a declaration; scopes in force under an older declaration are replaced by it. */
    public ConsentState give(UUID menteeId, @NotNull @Valid NewConsent body) {
        Mentee mentee = writable(menteeId);
        if (mentee.anonymisedOn != null) {
            throw ApiException.conflict("The mentee was anonymised; a new registration starts afresh");
        }
        record(mentee, projectOf(mentee), body);
        return stateOf(menteeId);
    }

    /** The first declaration of a mentee registered just now (part of the registration). */
    void recordInitial(Mentee mentee, NewConsent body) {
        record(mentee, mentee.projectId, body);
    }

    private void record(Mentee mentee, UUID projectId, NewConsent body) {
        Set<ConsentScope> scopes = new LinkedHashSet<>(body.scopes());
        Instant now = clock.instant();
        UUID by = access.personIdIfStaff().orElse(null);
        UUID declaration = Ids.newId();
        List<Consent> added = new ArrayList<>();
        for (ConsentScope scope : scopes) {
            Consent row = new Consent();
            row.id = Ids.newId();
            row.declarationId = declaration;
            row.menteeId = mentee.id;
            row.projectId = projectId;
            row.scope = scope.code();
            row.textVersion = body.textVersion().strip();
            row.givenOn = body.givenOn();
            row.recordedBy = by;
            row.recordedAt = now;
            for (Consent earlier : consents.open(mentee.id, scope.code())) {
                if (earlier.givenOn.isAfter(body.givenOn())) {
                    throw ApiException.invalid(FieldRule.NOT_BEFORE.on("givenOn", "other", earlier.givenOn));
                }
                earlier.withdrawnOn = body.givenOn();
                earlier.withdrawalRecordedBy = by;
                earlier.withdrawalRecordedAt = now;
                earlier.supersededBy = row.id;
            }
            consents.flush();
            added.add(row);
        }
        consents.persist(added);
        consents.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, declaration, mentee.projectId, mentee.id);
    }

    /**
     * Withdraws scopes from a day on; withdrawing counselling withdraws them all. Returns the scopes withdrawn now.
     * The consequences of a withdrawn counselling (cases closed, anonymisation) are the caller's.
     */
    public Set<ConsentScope> withdraw(UUID menteeId, @NotNull @Valid Withdrawal body) {
        Mentee mentee = withdrawable(menteeId);
        Set<ConsentScope> asked = EnumSet.copyOf(body.scopes());
        Set<ConsentScope> scopes = asked.contains(ConsentScope.COUNSELLING) ? EnumSet.allOf(ConsentScope.class) : asked;
        Instant now = clock.instant();
        UUID by = access.personIdIfStaff().orElse(null);
        Set<ConsentScope> withdrawn = EnumSet.noneOf(ConsentScope.class);
        for (ConsentScope scope : scopes) {
            for (Consent row : consents.open(menteeId, scope.code())) {
                if (row.givenOn.isAfter(body.withdrawnOn())) {
                    throw ApiException.invalid(FieldRule.NOT_BEFORE.on("withdrawnOn", "other", row.givenOn));
                }
                row.withdrawnOn = body.withdrawnOn();
                row.withdrawalRecordedBy = by;
                row.withdrawalRecordedAt = now;
                withdrawn.add(scope);
            }
        }
        if (withdrawn.isEmpty() || !withdrawn.containsAll(asked)) {
            Set<ConsentScope> notInForce = EnumSet.copyOf(asked);
            notInForce.removeAll(withdrawn);
            throw ApiException.conflict("Not given or withdrawn already: "
                    + String.join(
                            ", ", notInForce.stream().map(ConsentScope::code).toList()));
        }
        consents.flush();
        audit.record(Action.WITHDRAW, AUDIT_ENTITY, menteeId, mentee.projectId, menteeId);
        return withdrawn;
    }

    /**
     * Refuses (409 consent-required) an operation on the mentee's data that needs scopes not in force on the
     * programme's today; the problem names each missing scope.
     */
    public void require(UUID menteeId, ConsentScope... needed) {
        LocalDate today = LocalDate.now(clock);
        Set<String> inForce = new HashSet<>();
        for (Consent row : consents.ofMentee(menteeId)) {
            if (row.inForceOn(today)) {
                inForce.add(row.scope);
            }
        }
        List<FieldRule.Violation> missing = new ArrayList<>();
        for (ConsentScope scope : new LinkedHashSet<>(List.of(needed))) {
            if (!inForce.contains(scope.code())) {
                missing.add(FieldRule.CONSENT_MISSING.on("consent", "scope", scope.code()));
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(
                    ProblemType.CONSENT_REQUIRED,
                    "The mentee has not consented to: "
                            + String.join(
                                    ", ",
                                    missing.stream()
                                            .map(v -> String.valueOf(v.params().get("scope")))
                                            .toList())
                            + ". Record the consent first (POST /mentees/{id}/consents).",
                    missing);
        }
    }

    /**
     * Erasure: every scope still in force ends on {@code day}, and the signed forms are removed (the rows stay, as
     * the record of what processing rested on).
     */
    public void endForErasure(UUID menteeId, LocalDate day) {
        Instant now = clock.instant();
        UUID by = access.personIdIfStaff().orElse(null);
        for (Consent row : consents.ofMentee(menteeId)) {
            if (row.withdrawnOn == null) {
                row.withdrawnOn = day.isBefore(row.givenOn) ? row.givenOn : day;
                row.withdrawalRecordedBy = by;
                row.withdrawalRecordedAt = now;
            }
        }
        consents.flush();
        consents.deleteForms(menteeId);
    }

    /** Stores the signed form of a declaration (PDF, PNG or JPEG, up to 5 MB). */
    public void saveForm(UUID menteeId, UUID declarationId, String mediaType, byte[] content) {
        Mentee mentee = writable(menteeId);
        if (!consents.declarationOf(menteeId, declarationId)) {
            throw ApiException.notFound("Consent declaration");
        }
        String type = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase();
        if (!FORM_TYPES.contains(type)) {
            throw ApiException.invalid(FieldRule.ONE_OF.on("Content-Type", "allowed", String.join(", ", FORM_TYPES)));
        }
        if (content == null || content.length == 0 || content.length > FORM_MAX_BYTES) {
            throw ApiException.invalid(FieldRule.RANGE.on("form", "min", 1, "max", FORM_MAX_BYTES));
        }
        // what the file is, by its bytes: a form sent as application/pdf that is not a PDF is refused
        String detected = types.detect(content);
        if (!FORM_TYPES.contains(detected)) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The file's content is " + detected + "; a signed form is a PDF, PNG or JPEG");
        }
        consents.saveForm(
                declarationId,
                menteeId,
                detected,
                content,
                access.personIdIfStaff().orElse(null),
                clock.instant());
        audit.record(Action.UPDATE, AUDIT_ENTITY, declarationId, mentee.projectId, menteeId);
    }

    /** The signed form of a declaration. */
    public ConsentRepository.Form form(UUID menteeId, UUID declarationId) {
        Mentee mentee = readableWithPersonalData(menteeId);
        ConsentRepository.Form form = consents.form(declarationId)
                .filter(f -> consents.declarationOf(menteeId, declarationId))
                .orElseThrow(() -> ApiException.notFound("Consent form"));
        audit.record(Action.READ, AUDIT_ENTITY, declarationId, mentee.projectId, menteeId);
        return form;
    }

    /** The state without audit or access checks, for the other parts of the mentee's record. */
    ConsentState stateOf(UUID menteeId) {
        List<Consent> rows = consents.ofMentee(menteeId);
        LocalDate today = LocalDate.now(clock);
        Set<UUID> withForm = new HashSet<>(consents.declarationsWithForm(menteeId));
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.recordedBy);
            people.add(r.withdrawalRecordedBy);
        });
        people.remove(null);
        Map<UUID, String> names = staff.names(people);
        List<ConsentScope> inForce = rows.stream()
                .filter(r -> r.inForceOn(today))
                .map(r -> ConsentScope.of(r.scope))
                .distinct()
                .sorted()
                .toList();
        List<ConsentRecordView> history = rows.stream()
                .map(r -> new ConsentRecordView(
                        r.id,
                        r.declarationId,
                        ConsentScope.of(r.scope),
                        r.textVersion,
                        r.givenOn,
                        r.projectId,
                        ref(r.recordedBy, names),
                        r.recordedAt,
                        r.withdrawnOn,
                        ref(r.withdrawalRecordedBy, names),
                        r.withdrawalRecordedAt,
                        r.supersededBy,
                        withForm.contains(r.declarationId)))
                .toList();
        return new ConsentState(menteeId, inForce, history);
    }

    /** The whole consent history, for an access request (whose access was checked by its caller). */
    public List<ConsentRecordView> historyOf(UUID menteeId) {
        return stateOf(menteeId).history();
    }

    /** The scopes in force today, for the mentee view. */
    List<ConsentScope> inForce(UUID menteeId) {
        LocalDate today = LocalDate.now(clock);
        return consents.ofMentee(menteeId).stream()
                .filter(r -> r.inForceOn(today))
                .map(r -> ConsentScope.of(r.scope))
                .distinct()
                .sorted()
                .toList();
    }

    private static Ref ref(UUID person, Map<UUID, String> names) {
        return person == null ? null : new Ref(person, Objects.requireNonNullElse(names.get(person), ""));
    }

    private UUID projectOf(Mentee mentee) {
        return mentee.projectIds.stream()
                .filter(access.writeScope()::includes)
                .sorted((a, b) -> a.equals(mentee.projectId) ? -1 : b.equals(mentee.projectId) ? 1 : a.compareTo(b))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    private Mentee readable(UUID id) {
        if (access.isDataProtectionOfficer()) {
            return mentees.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Mentee"));
        }
        return mentees.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Mentee"));
    }

    private Mentee readableWithPersonalData(UUID id) {
        if (access.isDataProtectionOfficer()) {
            return mentees.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Mentee"));
        }
        return writable(id);
    }

    /** Staff of the mentee's projects record a withdrawal, and so does the data-protection officer. */
    private Mentee withdrawable(UUID id) {
        return readableWithPersonalData(id);
    }

    private Mentee writable(UUID id) {
        return mentees.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Mentee"));
    }
}
