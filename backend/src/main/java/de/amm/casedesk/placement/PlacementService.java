package de.amm.casedesk.placement;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.casefile.CaseService;
import de.amm.casedesk.casefile.CaseSpans;
import de.amm.casedesk.codelist.PlacementEndReason;
import de.amm.casedesk.codelist.PlacementType;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.Problem.FieldError;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.employer.EmployerService;
import de.amm.casedesk.followup.FollowUpService;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.placement.PlacementApi.PlacementInput;
import de.amm.casedesk.placement.PlacementApi.PlacementView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Placements into work or training. Each one brings its follow-ups at 3, 6 and 12 months; moving the
 * start moves the open ones. A placement may start outside the mentee's cases; it is then flagged.
 */
@ApplicationScoped
@Transactional
public class PlacementService {

    static final String AUDIT_ENTITY = "placement";

    private final PlacementRepository placements;
    private final MenteeService mentees;
    private final EmployerService employers;
    private final CaseService cases;
    private final FollowUpService followUps;
    private final ProjectAccess access;
    private final AuditService audit;

    public PlacementService(
            PlacementRepository placements,
            MenteeService mentees,
            EmployerService employers,
            CaseService cases,
            FollowUpService followUps,
            ProjectAccess access,
            AuditService audit) {
        this.placements = placements;
        this.mentees = mentees;
        this.employers = employers;
        this.cases = cases;
        this.followUps = followUps;
        this.access = access;
        this.audit = audit;
    }

    public PlacementView get(UUID id) {
        return views(List.of(visible(id))).getFirst();
    }

    public record Filter(UUID projectId, UUID menteeId, UUID employerId, PlacementType type) {}

    public Page<PlacementView> list(Filter filter, PageRequest page) {
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
        if (filter.employerId() != null) {
            where.add("employerId = :employer");
            params.put("employer", filter.employerId());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            params.put("type", filter.type().code());
        }
        Sort sort = Sort.by(page.sortField(), page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        Page<Placement> found = placements.pageVisible(where, params, sort, access.readScope(), page);
        return new Page<>(views(found.items()), found.page(), found.size(), found.total());
    }

    /** The placements of a mentee within the caller's scope (for the mentee's timeline). */
    public List<PlacementView> ofMentee(UUID menteeId, PageRequest all) {
        return list(new Filter(null, menteeId, null, null), all).items();
    }

    public PlacementView create(@NotNull @Valid PlacementInput body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        mentees.requireInProject(body.menteeId(), projectId);
        check(body, projectId);
        Placement placement = new Placement();
        placement.id = Ids.newId();
        placement.projectId = projectId;
        placement.menteeId = body.menteeId();
        apply(body, placement);
        placements.persist(placement);
        followUps.createFor(placement.id, projectId, placement.menteeId, placement.startedOn);
        placements.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, placement.id, projectId);
        return get(placement.id);
    }

    /** Replaces the placement's data (mentee and project stay); returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid PlacementInput body) {
        Placement placement =
                placements.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Placement"));
        Versions.check(placement.version, expectedVersion);
        if (!body.menteeId().equals(placement.menteeId)) {
            throw ApiException.invalid("menteeId", "cannot be changed");
        }
        if (body.projectId() != null && !body.projectId().equals(placement.projectId)) {
            throw ApiException.invalid("projectId", "cannot be changed");
        }
        check(body, placement.projectId);
        boolean moved = !body.startedOn().equals(placement.startedOn);
        apply(body, placement);
        if (moved) {
            followUps.moveOpen(placement.id, placement.startedOn);
        }
        placements.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, placement.projectId);
        return placement.version;
    }

    public void delete(UUID id, long expectedVersion) {
        Placement placement =
                placements.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Placement"));
        access.requireLeadForDeletion(placement.projectId);
        Versions.check(placement.version, expectedVersion);
        placements.delete(placement);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, placement.projectId);
    }

    private Placement visible(UUID id) {
        return placements.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Placement"));
    }

    private void check(PlacementInput body, UUID projectId) {
        List<FieldError> errors = new ArrayList<>();
        if (body.employerId() == null && body.type() != PlacementType.SELF_EMPLOYMENT) {
            errors.add(new FieldError("employerId", "is needed unless the placement is self-employment"));
        }
        if (body.startedOn().isAfter(LocalDate.now().plusYears(1))) {
            errors.add(new FieldError("startedOn", "must be within the next year"));
        }
        if (body.endedOn() != null && body.endedOn().isBefore(body.startedOn())) {
            errors.add(new FieldError("endedOn", "must not be before startedOn"));
        }
        if ((body.endedOn() == null) != (body.endReason() == null)) {
            errors.add(new FieldError(
                    body.endedOn() == null ? "endedOn" : "endReason", "endedOn and endReason go together"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (body.employerId() != null) {
            employers.requireInProject(body.employerId(), projectId);
        }
    }

    private static void apply(PlacementInput in, Placement p) {
        p.employerId = in.employerId();
        p.type = in.type().code();
        p.startedOn = in.startedOn();
        p.endedOn = in.endedOn();
        p.endReason = Coded.codeOf(in.endReason());
        p.weeklyHours = in.weeklyHours();
        p.occupation = in.occupation() == null || in.occupation().isBlank()
                ? null
                : in.occupation().strip();
    }

    private List<PlacementView> views(List<Placement> found) {
        var ids = found.stream().map(p -> p.id).toList();
        var followUpsByPlacement = followUps.ofPlacements(ids);
        Map<UUID, String> employerNames = employers.names(found.stream()
                .map(p -> p.employerId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        CaseSpans spans =
                cases.spans(found.stream().map(p -> p.menteeId).distinct().toList());
        return found.stream()
                .map(p -> {
                    PlacementType type = PlacementType.of(p.type);
                    return new PlacementView(
                            p.id,
                            p.projectId,
                            p.menteeId,
                            p.employerId == null ? null : new Ref(p.employerId, employerNames.get(p.employerId)),
                            type,
                            type.counts(),
                            p.startedOn,
                            p.endedOn,
                            Coded.ofNullable(PlacementEndReason.class, p.endReason),
                            p.weeklyHours,
                            p.occupation,
                            spans.outside(p.menteeId, p.projectId, p.startedOn),
                            followUpsByPlacement.getOrDefault(p.id, List.of()),
                            p.version,
                            p.createdAt,
                            p.updatedAt);
                })
                .toList();
    }
}
