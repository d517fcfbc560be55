package de.amm.casedesk.placement;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.casefile.CaseService;
import de.amm.casedesk.casefile.CaseSpans;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.codelist.FollowUpResult;
import de.amm.casedesk.codelist.PlacementEndReason;
import de.amm.casedesk.codelist.PlacementType;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.employer.EmployerService;
import de.amm.casedesk.followup.FollowUpApi.FollowUpRecorded;
import de.amm.casedesk.followup.FollowUpService;
import de.amm.casedesk.mentee.ConsentService;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.placement.PlacementApi.PlacementInput;
import de.amm.casedesk.placement.PlacementApi.PlacementView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
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
    private final ConsentService consents;
    private final Clock clock;

    public PlacementService(
            PlacementRepository placements,
            MenteeService mentees,
            EmployerService employers,
            CaseService cases,
            FollowUpService followUps,
            ProjectAccess access,
            AuditService audit,
            ConsentService consents,
            Clock clock) {
        this.consents = consents;
        this.clock = clock;
        this.placements = placements;
        this.mentees = mentees;
        this.employers = employers;
        this.cases = cases;
        this.followUps = followUps;
        this.access = access;
        this.audit = audit;
    }

    public PlacementView get(UUID id) {
        return audit.asOneStatement(() -> {
            Placement placement = visible(id);
            audited(List.of(placement));
            return views(List.of(placement)).getFirst();
        });
    }

    public record Filter(UUID projectId, UUID menteeId, UUID employerId, PlacementType type) {}

    public Page<PlacementView> list(Filter filter, PageRequest page) {
        return audit.asOneStatement(() -> listRead(filter, page));
    }

    private Page<PlacementView> listRead(Filter filter, PageRequest page) {
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
        audited(found.items());
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
        audit.record(Action.CREATE, AUDIT_ENTITY, placement.id, projectId, placement.menteeId);
        return views(List.of(placement)).getFirst();
    }

    /** Replaces the placement's data (mentee and project stay); returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid PlacementInput body) {
        Placement placement =
                placements.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Placement"));
        Versions.check(placement.version, expectedVersion);
        if (!body.menteeId().equals(placement.menteeId)) {
            throw ApiException.invalid(FieldRule.IMMUTABLE.on("menteeId"));
        }
        if (body.projectId() != null && !body.projectId().equals(placement.projectId)) {
            throw ApiException.invalid(FieldRule.IMMUTABLE.on("projectId"));
        }
        check(body, placement.projectId);
        boolean moved = !body.startedOn().equals(placement.startedOn);
        apply(body, placement);
        if (moved) {
            followUps.moveOpen(placement.id, placement.startedOn);
        }
        placements.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, placement.projectId, placement.menteeId);
        return placement.version;
    }

    /**
     * A follow-up found that the person left: the placement ends on that day, unless it had ended on or before it.
     * The statistics triggers update the key results in the same transaction, so "sustainably integrated" no longer
     * counts someone who left before the six-month mark.
     */
    void onFollowUpRecorded(@Observes FollowUpRecorded event) {
        if (event.result() != FollowUpResult.LEFT) {
            return;
        }
        Placement placement = placements
                .findVisible(event.placementId(), access.writeScope())
                .orElseThrow(() -> ApiException.notFound("Placement"));
        if (event.leftOn().isBefore(placement.startedOn)) {
            throw ApiException.invalid(
                    FieldRule.NOT_BEFORE.on("leftOn", "other", "startedOn", "value", placement.startedOn.toString()));
        }
        if (placement.endedOn != null && !placement.endedOn.isAfter(event.leftOn())) {
            return;
        }
        placement.endedOn = event.leftOn();
        placement.endReason = (event.endReason() == null ? PlacementEndReason.OTHER : event.endReason()).code();
        followUps.dropOpenAfter(placement.id, placement.endedOn);
        placements.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, placement.id, placement.projectId, placement.menteeId);
    }

    public void delete(UUID id, long expectedVersion) {
        Placement placement =
                placements.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Placement"));
        access.requireLeadForDeletion(placement.projectId);
        Versions.check(placement.version, expectedVersion);
        placements.delete(placement);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, placement.projectId, placement.menteeId);
    }

    private void audited(List<Placement> read) {
        audit.recordAll(
                Action.READ,
                read.stream()
                        .map(p -> new Touched(AUDIT_ENTITY, p.id, p.projectId, p.menteeId))
                        .toList());
    }

    private Placement visible(UUID id) {
        return placements.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Placement"));
    }

    private void check(PlacementInput body, UUID projectId) {
        List<FieldRule.Violation> errors = new ArrayList<>();
        if (body.employerId() == null && body.type() != PlacementType.SELF_EMPLOYMENT) {
            errors.add(FieldRule.EMPLOYER_NEEDED.on("employerId"));
        }
        if (body.startedOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            errors.add(FieldRule.TOO_FAR_AHEAD.on("startedOn"));
        }
        if (body.endedOn() != null && body.endedOn().isBefore(body.startedOn())) {
            errors.add(FieldRule.NOT_BEFORE.on("endedOn", "other", "startedOn"));
        }
        if ((body.endedOn() == null) != (body.endReason() == null)) {
            errors.add(
                    body.endedOn() == null
                            ? FieldRule.GO_TOGETHER.on("endedOn", "other", "endReason")
                            : FieldRule.GO_TOGETHER.on("endReason", "other", "endedOn"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (body.employerId() != null) {
            employers.requireInProject(body.employerId(), projectId);
        }
        mentees.requireNotAnonymised(body.menteeId());
        if (body.employerId() != null) {
            consents.require(body.menteeId(), ConsentScope.COUNSELLING, ConsentScope.EMPLOYERS);
        } else {
            consents.require(body.menteeId(), ConsentScope.COUNSELLING);
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
