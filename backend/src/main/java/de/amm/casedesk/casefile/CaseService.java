package de.amm.casedesk.casefile;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.casefile.CaseApi.CaseChange;
import de.amm.casedesk.casefile.CaseApi.CaseView;
import de.amm.casedesk.casefile.CaseApi.NewCase;
import de.amm.casedesk.casefile.CaseSpans.Key;
import de.amm.casedesk.casefile.CaseSpans.Span;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.Problem.FieldError;
import de.amm.casedesk.common.security.ProjectAccess;
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

    public CaseService(
            CaseRepository cases, MenteeService mentees, StaffService staff, ProjectAccess access, AuditService audit) {
        this.cases = cases;
        this.mentees = mentees;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
    }

    public CaseView get(UUID id) {
        return view(cases.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Case")));
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
        return views(found);
    }

    public CaseView create(@NotNull @Valid NewCase body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        MenteeRef mentee = mentees.joinProject(body.menteeId(), projectId);
        UUID lead = body.leadMentorId() != null ? body.leadMentorId() : access.personId();
        CaseFile c = new CaseFile();
        c.id = Ids.newId();
        c.projectId = projectId;
        c.menteeId = mentee.id();
        apply(c, lead, body.startedOn(), null, null, body.assistantIds());
        cases.persist(c);
        cases.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, c.id, projectId);
        return view(c);
    }

    /** Changes the lead mentor, helpers or dates, or closes the case; returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid CaseChange body) {
        CaseFile c = writable(id);
        Versions.check(c.version, expectedVersion);
        apply(c, body.leadMentorId(), body.startedOn(), body.endedOn(), body.closingReason(), body.assistantIds());
        cases.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, c.projectId);
        return c.version;
    }

    public void delete(UUID id, long expectedVersion) {
        CaseFile c = writable(id);
        access.requireLeadForDeletion(c.projectId);
        Versions.check(c.version, expectedVersion);
        cases.delete(c);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, c.projectId);
    }

    /** The cases of a mentee within the caller's scope, oldest first (for the mentee's timeline). */
    public List<CaseView> ofMentee(UUID menteeId) {
        List<CaseFile> found = cases.ofMentees(List.of(menteeId)).stream()
                .filter(c -> access.readScope().includes(c.projectId))
                .toList();
        return views(new Page<>(found, 0, found.size(), found.size())).items();
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
        List<FieldError> errors = new ArrayList<>();
        if (!staff.worksOnCases(c.projectId, lead)) {
            errors.add(new FieldError("leadMentorId", "is not a mentor of this project"));
        }
        Set<UUID> helpers = assistants == null ? Set.of() : new LinkedHashSet<>(assistants);
        for (UUID helper : helpers) {
            if (!staff.worksOnCases(c.projectId, helper)) {
                errors.add(new FieldError("assistantIds", "contains someone who is not a mentor of this project"));
                break;
            }
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            errors.add(new FieldError("endedOn", "must not be before startedOn"));
        }
        if ((endedOn == null) != (reason == null)) {
            errors.add(new FieldError(
                    endedOn == null ? "endedOn" : "closingReason", "endedOn and closingReason go together"));
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
