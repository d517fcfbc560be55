package de.amm.casedesk.followup;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.codelist.FollowUpResult;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.followup.FollowUpApi.FollowUpRecorded;
import de.amm.casedesk.followup.FollowUpApi.FollowUpResultInput;
import de.amm.casedesk.followup.FollowUpApi.FollowUpView;
import de.amm.casedesk.mentee.ConsentService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Follow-ups: created with each placement at 3, 6 and 12 months after its start, moved with the start
 * while still open, and recorded (still there / left / not reachable) by the mentee's mentors.
 */
@ApplicationScoped
@Transactional
public class FollowUpService {

    static final String AUDIT_ENTITY = "follow_up";
    public static final List<Integer> MONTHS = List.of(3, 6, 12);

    private final FollowUpRepository followUps;
    private final ProjectAccess access;
    private final AuditService audit;
    private final ConsentService consents;
    private final Clock clock;
    private final Event<FollowUpRecorded> recorded;

    public FollowUpService(
            FollowUpRepository followUps,
            ProjectAccess access,
            AuditService audit,
            ConsentService consents,
            Clock clock,
            Event<FollowUpRecorded> recorded) {
        this.recorded = recorded;
        this.consents = consents;
        this.clock = clock;
        this.followUps = followUps;
        this.access = access;
        this.audit = audit;
    }

    public FollowUpView get(UUID id) {
        FollowUp followUp =
                followUps.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Follow-up"));
        audited(List.of(followUp));
        return view(followUp);
    }

    public record Filter(UUID projectId, UUID menteeId, UUID placementId, Boolean open, LocalDate dueBefore) {}

    public Page<FollowUpView> list(Filter filter, PageRequest page) {
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
        if (filter.placementId() != null) {
            where.add("placementId = :placement");
            params.put("placement", filter.placementId());
        }
        if (Boolean.TRUE.equals(filter.open())) {
            where.add("result is null");
        } else if (Boolean.FALSE.equals(filter.open())) {
            where.add("result is not null");
        }
        if (filter.dueBefore() != null) {
            where.add("dueOn < :before");
            params.put("before", filter.dueBefore());
        }
        Sort sort = Sort.by("dueOn", page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        Page<FollowUp> found = followUps.pageVisible(where, params, sort, access.readScope(), page);
        audited(found.items());
        return found.map(this::view);
    }

    /** Records the result; returns the new version. */
    public long record(UUID id, long expectedVersion, @NotNull @Valid FollowUpResultInput body) {
        FollowUp followUp =
                followUps.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Follow-up"));
        Versions.check(followUp.version, expectedVersion);
        consents.require(followUp.menteeId, ConsentScope.COUNSELLING);
        boolean left = body.result() == FollowUpResult.LEFT;
        if (!left && body.leftOn() != null) {
            throw ApiException.invalid(FieldRule.ONLY_WITH.on("leftOn", "other", "result", "value", "left"));
        }
        if (!left && body.endReason() != null) {
            throw ApiException.invalid(FieldRule.ONLY_WITH.on("endReason", "other", "result", "value", "left"));
        }
        if (body.leftOn() != null && body.leftOn().isAfter(body.checkedOn())) {
            throw ApiException.invalid(FieldRule.NOT_BEFORE.on("checkedOn", "other", "leftOn"));
        }
        followUp.checkedOn = body.checkedOn();
        followUp.result = body.result().code();
        followUp.note = body.note() == null || body.note().isBlank()
                ? null
                : body.note().strip();
        followUps.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, followUp.projectId, followUp.menteeId);
        if (left) {
            recorded.fire(new FollowUpRecorded(
                    id,
                    followUp.placementId,
                    body.result(),
                    body.leftOn() == null ? body.checkedOn() : body.leftOn(),
                    body.endReason()));
        }
        return followUp.version;
    }

    /** The follow-ups of a new placement. */
    public void createFor(UUID placementId, UUID projectId, UUID menteeId, LocalDate startedOn) {
        for (int months : MONTHS) {
            FollowUp followUp = new FollowUp();
            followUp.id = Ids.newId();
            followUp.projectId = projectId;
            followUp.placementId = placementId;
            followUp.menteeId = menteeId;
            followUp.months = (short) months;
            followUp.dueOn = startedOn.plusMonths(months);
            followUps.persist(followUp);
        }
    }

    /**
     * The placement ended on that day: its open follow-ups due after it are no longer due (they were reminders to
     * ask whether the person is still there) and go. Returns how many went.
     */
    public int dropOpenAfter(UUID placementId, LocalDate endedOn) {
        int dropped = 0;
        for (FollowUp followUp : followUps.ofPlacements(List.of(placementId), access.writeScope())) {
            if (followUp.isOpen() && followUp.dueOn.isAfter(endedOn)) {
                followUps.delete(followUp);
                audit.record(Action.DELETE, AUDIT_ENTITY, followUp.id, followUp.projectId, followUp.menteeId);
                dropped++;
            }
        }
        return dropped;
    }

    /** A placement's start moved: its open follow-ups move with it; recorded ones stay as they were. */
    public void moveOpen(UUID placementId, LocalDate startedOn) {
        for (FollowUp followUp : followUps.ofPlacements(List.of(placementId), access.writeScope())) {
            if (followUp.isOpen()) {
                followUp.dueOn = startedOn.plusMonths(followUp.months);
            }
        }
    }

    /** The follow-ups of these placements that the caller may see, by placement. */
    public Map<UUID, List<FollowUpView>> ofPlacements(Collection<UUID> placementIds) {
        Map<UUID, List<FollowUpView>> byPlacement = new HashMap<>();
        List<FollowUp> found = followUps.ofPlacements(placementIds, access.readScope());
        audited(found);
        for (FollowUp followUp : found) {
            byPlacement
                    .computeIfAbsent(followUp.placementId, k -> new ArrayList<>())
                    .add(view(followUp));
        }
        return byPlacement;
    }

    /** Erasure: the notes of the mentee's follow-ups in every project go; returns how many. */
    public int eraseNotesOf(UUID menteeId) {
        return followUps.update("note = null where menteeId = ?1 and note is not null", menteeId);
    }

    private void audited(List<FollowUp> read) {
        audit.recordAll(
                Action.READ,
                read.stream()
                        .map(f -> new Touched(AUDIT_ENTITY, f.id, f.projectId, f.menteeId))
                        .toList());
    }

    private FollowUpView view(FollowUp f) {
        boolean personal = access.writeScope().includes(f.projectId);
        return new FollowUpView(
                f.id,
                f.projectId,
                f.placementId,
                f.menteeId,
                f.months,
                f.dueOn,
                f.checkedOn,
                Coded.ofNullable(FollowUpResult.class, f.result),
                personal ? f.note : null,
                f.isOpen() && f.dueOn.isBefore(LocalDate.now(clock)),
                f.version);
    }
}
