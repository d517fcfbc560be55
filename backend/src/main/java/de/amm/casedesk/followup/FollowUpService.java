package de.amm.casedesk.followup;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.codelist.FollowUpResult;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.followup.FollowUpApi.FollowUpResultInput;
import de.amm.casedesk.followup.FollowUpApi.FollowUpView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

    public FollowUpService(FollowUpRepository followUps, ProjectAccess access, AuditService audit) {
        this.followUps = followUps;
        this.access = access;
        this.audit = audit;
    }

    public FollowUpView get(UUID id) {
        return view(
                followUps.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Follow-up")));
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
        return followUps
                .pageVisible(where, params, sort, access.readScope(), page)
                .map(this::view);
    }

    /** Records the result; returns the new version. */
    public long record(UUID id, long expectedVersion, @NotNull @Valid FollowUpResultInput body) {
        FollowUp followUp =
                followUps.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Follow-up"));
        Versions.check(followUp.version, expectedVersion);
        followUp.checkedOn = body.checkedOn();
        followUp.result = body.result().code();
        followUp.note = body.note() == null || body.note().isBlank()
                ? null
                : body.note().strip();
        followUps.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, followUp.projectId);
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

    /** A placement's start moved: its open follow-ups move with it; recorded ones stay as they were. */
    public void moveOpen(UUID placementId, LocalDate startedOn) {
        for (FollowUp followUp : followUps.ofPlacements(List.of(placementId))) {
            if (followUp.isOpen()) {
                followUp.dueOn = startedOn.plusMonths(followUp.months);
            }
        }
    }

    /** The follow-ups of these placements, by placement. */
    public Map<UUID, List<FollowUpView>> ofPlacements(Collection<UUID> placementIds) {
        Map<UUID, List<FollowUpView>> byPlacement = new HashMap<>();
        for (FollowUp followUp : followUps.ofPlacements(placementIds)) {
            byPlacement
                    .computeIfAbsent(followUp.placementId, k -> new ArrayList<>())
                    .add(view(followUp));
        }
        return byPlacement;
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
                f.isOpen() && f.dueOn.isBefore(LocalDate.now()),
                f.version);
    }
}
