package de.amm.casedesk.timeline;

import de.amm.casedesk.activity.ActivityApi.ActivityView;
import de.amm.casedesk.activity.ActivityService;
import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.casefile.CaseApi.CaseView;
import de.amm.casedesk.casefile.CaseService;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.mentee.MenteeRef;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.placement.PlacementApi.PlacementView;
import de.amm.casedesk.placement.PlacementService;
import de.amm.casedesk.referral.ReferralApi.ReferralView;
import de.amm.casedesk.referral.ReferralService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything recorded about one mentee, for the mentee page: one request instead of five. */
@ApplicationScoped
@Transactional
public class TimelineService {

    /** Activities shown at most; older ones are in GET /activities?menteeId=. */
    static final int MAX_ACTIVITIES = 500;

    private final MenteeService mentees;
    private final CaseService cases;
    private final ActivityService activities;
    private final PlacementService placements;
    private final ReferralService referrals;
    private final AuditService audit;

    public TimelineService(
            MenteeService mentees,
            CaseService cases,
            ActivityService activities,
            PlacementService placements,
            ReferralService referrals,
            AuditService audit) {
        this.mentees = mentees;
        this.cases = cases;
        this.activities = activities;
        this.placements = placements;
        this.referrals = referrals;
        this.audit = audit;
    }

    @Schema(
            name = "Timeline",
            description = "A mentee's cases, activities, placements (with their follow-ups) and referrals, each list"
                    + " newest first. Notes are withheld outside the mentee's projects.")
    public record Timeline(
            UUID menteeId,
            List<CaseView> cases,
            List<ActivityView> activities,

            @Schema(description = "More activities exist than listed (see GET /activities?menteeId=)")
            boolean moreActivities,

            List<PlacementView> placements,
            List<ReferralView> referrals) {}

    /** The timeline; what it shows goes to the audit trail in one statement. */
    public Timeline of(UUID menteeId) {
        return audit.asOneStatement(() -> read(menteeId));
    }

    private Timeline read(UUID menteeId) {
        MenteeRef mentee = mentees.visibleRef(menteeId);
        audit.record(Action.READ, "mentee", menteeId, mentee.projectId(), menteeId);
        List<CaseView> caseList = cases.ofMentee(menteeId).reversed();
        Page<ActivityView> activityPage = activities.list(
                new ActivityService.Filter(null, menteeId, null, null, null),
                new PageRequest(0, MAX_ACTIVITIES, "occurredOn", false));
        List<PlacementView> placementList = placements
                .list(
                        new PlacementService.Filter(null, menteeId, null, null),
                        new PageRequest(0, 200, "startedOn", false))
                .items();
        List<ReferralView> referralList = referrals
                .list(null, menteeId, new PageRequest(0, 200, "referredOn", false))
                .items();
        return new Timeline(
                menteeId,
                caseList,
                activityPage.items(),
                activityPage.total() > activityPage.items().size(),
                placementList,
                referralList);
    }
}
