package de.amm.casedesk.casefile;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.casefile.CaseApi.CaseChange;
import de.amm.casedesk.casefile.CaseApi.CaseView;
import de.amm.casedesk.casefile.CaseApi.NewCase;
import de.amm.casedesk.casefile.CaseSpans.Key;
import de.amm.casedesk.casefile.CaseSpans.Span;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.mentee.ConsentService;
import de.amm.casedesk.mentee.MenteeRef;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.staff.StaffService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Cases: a mentee supported by a project, with a lead mentor and helpers, from a start to an end date.
 * A mentee may return with a new case, but never has two open cases in one project, and the cases of
 * one mentee in one project do not overlap.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    static final String AUDIT_ENTITY = "case";

    private final CaseRepository cases;
    private final MenteeService mentees;
    private final StaffService staff;
    private final ProjectAccess access;
    private final AuditService audit;
    private final ConsentService consents;

    public CaseService(
            CaseRepository cases,
            MenteeService mentees,
            StaffService staff,
            ProjectAccess access,
            AuditService audit,
            ConsentService consents) {
        this.consents = consents;
        this.cases = cases;
        this.mentees = mentees;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
    }

    public CaseView get(UUID id) {
        CaseFile c = cases.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Case"));
        audit.record(Action.READ, AUDIT_ENTITY, c.id, c.projectId, c.menteeId);
        return view(c);
    }

    public record Filter(UUID projectId, UUID menteeId, String status, UUID leadMentorId) {}

    public Page<CaseView> list(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.projectId() != null) {
            where.add("projectId = :project");
            params.put("project", filter.projectId());
        }
        if (filter.menteeId() != null) {
            where.add("menteeId = :mentee");
            params.put("mentee", filter.menteeId());
        }
        if ("open".equals(filter.status())) {
            where.add("endedOn is null");
        } else if ("closed".equals(filter.status())) {
            where.add("endedOn is not null");
        }
        if (filter.leadMentorId() != null) {
            where.add("leadMentorId = :lead");
            params.put("lead", filter.leadMentorId());
        }
        Sort sort = Sort.by(page.sortField(), page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        Page<CaseFile> found = cases.pageVisible(where, params, sort, access.readScope(), page);
        audited(found.items());
        return views(found);
    }

    public CaseView create(@NotNull @Valid NewCase body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        MenteeRef mentee = mentees.joinProject(body.menteeId(), projectId);
        consents.require(mentee.id(), ConsentScope.COUNSELLING);
        UUID lead = body.leadMentorId() != null ? body.leadMentorId() : access.personId();
        CaseFile c = new CaseFile();
        c.id = Ids.newId();
        c.projectId = projectId;
        c.menteeId = mentee.id();
        apply(c, lead, body.startedOn(), null, null, body.assistantIds());
        cases.persist(c);
        cases.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, c.id, projectId, c.menteeId);
        return view(c);
    }

    /** Changes the lead mentor, helpers or dates, or closes the case; returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid CaseChange body) {
        CaseFile c = writable(id);
        Versions.check(c.version, expectedVersion);
        mentees.requireNotAnonymised(c.menteeId);
        if (body.endedOn() == null) {
            // closing a case needs no consent; going on with it does
            consents.require(c.menteeId, ConsentScope.COUNSELLING);
        }
        apply(c, body.leadMentorId(), body.startedOn(), body.endedOn(), body.closingReason(), body.assistantIds());
        cases.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, c.projectId, c.menteeId);
        return c.version;
    }

    public void delete(UUID id, long expectedVersion) {
        CaseFile c = writable(id);
        access.requireLeadForDeletion(c.projectId);
        Versions.check(c.version, expectedVersion);
        cases.delete(c);
        cases.flush();
        mentees.unlinkIfUnused(c.menteeId, c.projectId);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, c.projectId, c.menteeId);
    }

    /** The cases of a mentee within the caller's scope, oldest first (for the mentee's timeline). */
    public List<CaseView> ofMentee(UUID menteeId) {
        List<CaseFile> found = cases.ofMentees(List.of(menteeId)).stream()
                .filter(c -> access.readScope().includes(c.projectId))
                .toList();
        audited(found);
        return views(new Page<>(found, 0, found.size(), found.size())).items();
    }

    /**
     * Erasure or withdrawn consent: the mentee's open cases in every project end on {@code day} (not before they
     * started) for {@code reason}; returns how many.
     */
    public int closeOpenOf(UUID menteeId, LocalDate day, de.amm.casedesk.codelist.ClosingReason reason) {
        int closed = 0;
        for (CaseFile c : cases.ofMentees(List.of(menteeId))) {
            if (c.isOpen()) {
                c.endedOn = day.isBefore(c.startedOn) ? c.startedOn : day;
                c.closingReason = reason.code();
                closed++;
            }
        }
        cases.flush();
        return closed;
    }

    /**
     * A transfer was accepted: the mentee's open cases in the handing-over project end on {@code day} (not before
     * they started) as transferred; returns how many. The transfer service checked the caller's right.
     */
    public int closeOpenForTransfer(UUID menteeId, UUID projectId, LocalDate day) {
        int closed = 0;
        for (CaseFile c : cases.ofMentees(List.of(menteeId))) {
            if (c.isOpen() && c.projectId.equals(projectId)) {
                c.endedOn = day.isBefore(c.startedOn) ? c.startedOn : day;
                c.closingReason = de.amm.casedesk.codelist.ClosingReason.TRANSFERRED.code();
                audit.record(Action.UPDATE, AUDIT_ENTITY, c.id, c.projectId, c.menteeId);
                closed++;
            }
        }
        cases.flush();
        return closed;
    }

    /** Case periods of these mentees, to flag records outside every case. */
    public CaseSpans spans(Collection<UUID> menteeIds) {
        Map<Key, List<Span>> spans = new HashMap<>();
        for (CaseFile c : cases.ofMentees(new HashSet<>(menteeIds))) {
            spans.computeIfAbsent(new Key(c.menteeId, c.projectId), k -> new ArrayList<>())
                    .add(new Span(c.startedOn, c.endedOn));
        }
        return new CaseSpans(spans);
    }

    private void apply(
            CaseFile c,
            UUID lead,
            LocalDate startedOn,
            LocalDate endedOn,
            de.amm.casedesk.codelist.ClosingReason reason,
            List<UUID> assistants) {
        List<FieldRule.Violation> errors = new ArrayList<>();
        if (!staff.worksOnCases(c.projectId, lead)) {
            errors.add(FieldRule.NOT_PROJECT_MENTOR.on("leadMentorId"));
        }
        Set<UUID> helpers = assistants == null ? Set.of() : new LinkedHashSet<>(assistants);
        for (UUID helper : helpers) {
            if (!staff.worksOnCases(c.projectId, helper)) {
                errors.add(FieldRule.NOT_PROJECT_MENTOR.on("assistantIds"));
                break;
            }
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            errors.add(FieldRule.NOT_BEFORE.on("endedOn", "other", "startedOn"));
        }
        if ((endedOn == null) != (reason == null)) {
            errors.add(
                    endedOn == null
                            ? FieldRule.GO_TOGETHER.on("endedOn", "other", "closingReason")
                            : FieldRule.GO_TOGETHER.on("closingReason", "other", "endedOn"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        for (CaseFile other : cases.ofMentee(c.menteeId, c.projectId)) {
            if (other.id.equals(c.id)) {
                continue;
            }
            if (endedOn == null && other.isOpen()) {
                throw ApiException.conflict("The mentee has an open case in this project already");
            }
            boolean overlaps = (other.endedOn == null || !other.endedOn.isBefore(startedOn))
                    && (endedOn == null || !endedOn.isBefore(other.startedOn));
            if (overlaps) {
                throw ApiException.conflict("The mentee's cases in one project must not overlap");
            }
        }
        c.leadMentorId = lead;
        c.startedOn = startedOn;
        c.endedOn = endedOn;
        c.closingReason = reason == null ? null : reason.code();
        c.assistantIds.clear();
        c.assistantIds.addAll(helpers);
    }

    private void audited(List<CaseFile> read) {
        audit.recordAll(
                Action.READ,
                read.stream()
                        .map(c -> new Touched(AUDIT_ENTITY, c.id, c.projectId, c.menteeId))
                        .toList());
    }

    private CaseFile writable(UUID id) {
        return cases.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Case"));
    }

    private CaseView view(CaseFile c) {
        return views(new Page<>(List.of(c), 0, 1, 1)).items().getFirst();
    }

    private Page<CaseView> views(Page<CaseFile> page) {
        Set<UUID> people = page.items().stream()
                .flatMap(c -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(c.leadMentorId), c.assistantIds.stream()))
                .collect(Collectors.toSet());
        Map<UUID, String> names = staff.names(people);
        Map<UUID, String> pseudonyms =
                mentees.pseudonyms(page.items().stream().map(c -> c.menteeId).toList());
        return page.map(c -> CaseMapper.toView(c, pseudonyms.get(c.menteeId), names));
    }
}
