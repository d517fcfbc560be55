package de.amm.casedesk.activity;

import de.amm.casedesk.activity.ActivityApi.ActivityInput;
import de.amm.casedesk.activity.ActivityApi.ActivityView;
import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.casefile.CaseService;
import de.amm.casedesk.casefile.CaseSpans;
import de.amm.casedesk.codelist.Channel;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.codelist.Topic;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.employer.EmployerService;
import de.amm.casedesk.mentee.ConsentService;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.staff.StaffService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Activities (Kontakte): with a mentee, an employer and/or an authority, never dated in the future. A contact with a
 * mentee outside their cases is allowed and flagged.
 */
@ApplicationScoped
@Transactional
public class ActivityService {

    static final String AUDIT_ENTITY = "activity";

    private final ActivityRepository activities;
    private final MenteeService mentees;
    private final EmployerService employers;
    private final CaseService cases;
    private final StaffService staff;
    private final ProjectAccess access;
    private final AuditService audit;
    private final ConsentService consents;

    public ActivityService(
            ActivityRepository activities,
            MenteeService mentees,
            EmployerService employers,
            CaseService cases,
            StaffService staff,
            ProjectAccess access,
            AuditService audit,
            ConsentService consents) {
        this.consents = consents;
        this.activities = activities;
        this.mentees = mentees;
        this.employers = employers;
        this.cases = cases;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
    }

    public ActivityView get(UUID id) {
        Activity activity =
                activities.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Activity"));
        audited(List.of(activity));
        return views(List.of(activity)).getFirst();
    }

    public record Filter(UUID projectId, UUID menteeId, UUID employerId, LocalDate from, LocalDate to) {}

    public Page<ActivityView> list(Filter filter, PageRequest page) {
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
        if (filter.from() != null) {
            where.add("occurredOn >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurredOn <= :to");
            params.put("to", filter.to());
        }
        Sort sort = Sort.by(page.sortField(), page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        Page<Activity> found = activities.pageVisible(where, params, sort, access.readScope(), page);
        audited(found.items());
        return new Page<>(views(found.items()), found.page(), found.size(), found.total());
    }

    public ActivityView create(@NotNull @Valid ActivityInput body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        check(body, projectId);
        Activity activity = new Activity();
        activity.id = Ids.newId();
        activity.projectId = projectId;
        activity.mentorId = access.personId();
        apply(body, activity);
        activities.persist(activity);
        activities.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, activity.id, projectId, activity.menteeId);
        return views(List.of(activity)).getFirst();
    }

    /** Replaces the activity's data (the project stays); returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid ActivityInput body) {
        Activity activity = writable(id);
        Versions.check(activity.version, expectedVersion);
        if (body.projectId() != null && !body.projectId().equals(activity.projectId)) {
            throw ApiException.invalid(FieldRule.IMMUTABLE.on("projectId"));
        }
        check(body, activity.projectId);
        apply(body, activity);
        activities.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, activity.projectId, activity.menteeId);
        return activity.version;
    }

    public void delete(UUID id, long expectedVersion) {
        Activity activity = writable(id);
        access.requireLeadForDeletion(activity.projectId);
        Versions.check(activity.version, expectedVersion);
        activities.delete(activity);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, activity.projectId, activity.menteeId);
    }

    /** Erasure: the free-text notes of the mentee's activities in every project go; returns how many. */
    public int eraseNotesOf(UUID menteeId) {
        return activities.update("note = null where menteeId = ?1 and note is not null", menteeId);
    }

    private void audited(List<Activity> read) {
        audit.recordAll(
                Action.READ,
                read.stream()
                        .map(a -> new Touched(AUDIT_ENTITY, a.id, a.projectId, a.menteeId))
                        .toList());
    }

    private Activity writable(UUID id) {
        return activities.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Activity"));
    }

    private void check(ActivityInput body, UUID projectId) {
        boolean authority = body.authority() != null && !body.authority().isBlank();
        if (body.menteeId() == null && body.employerId() == null && !authority) {
            throw ApiException.invalid(FieldRule.ACTIVITY_PARTY.on("menteeId"));
        }
        if (body.menteeId() != null) {
            mentees.requireInProject(body.menteeId(), projectId);
            mentees.requireNotAnonymised(body.menteeId());
            List<ConsentScope> needed = new ArrayList<>(List.of(ConsentScope.COUNSELLING));
            if (body.employerId() != null) {
                needed.add(ConsentScope.EMPLOYERS);
            }
            if (authority) {
                needed.add(ConsentScope.JOBCENTER);
            }
            consents.require(body.menteeId(), needed.toArray(ConsentScope[]::new));
        }
        if (body.employerId() != null) {
            employers.requireInProject(body.employerId(), projectId);
        }
    }

    private static void apply(ActivityInput in, Activity a) {
        a.menteeId = in.menteeId();
        a.employerId = in.employerId();
        a.authority = in.authority() == null || in.authority().isBlank()
                ? null
                : in.authority().strip();
        a.occurredOn = in.occurredOn();
        a.durationMinutes = in.durationMinutes();
        a.channel = in.channel().code();
        a.topics = in.topics() == null
                ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(
                        in.topics().stream().map(Topic::code).toList()));
        a.note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
    }

    private List<ActivityView> views(List<Activity> found) {
        Map<UUID, String> employerNames = employers.names(found.stream()
                .map(a -> a.employerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<UUID, String> mentorNames = staff.names(
                found.stream().map(a -> a.mentorId).filter(Objects::nonNull).toList());
        CaseSpans spans = cases.spans(found.stream()
                .map(a -> a.menteeId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Set<UUID> own = access.writeScope().projectIds();
        return found.stream()
                .map(a -> new ActivityView(
                        a.id,
                        a.projectId,
                        a.menteeId,
                        a.employerId == null ? null : new Ref(a.employerId, employerNames.get(a.employerId)),
                        a.authority,
                        a.mentorId == null ? null : new Ref(a.mentorId, mentorNames.get(a.mentorId)),
                        a.occurredOn,
                        a.durationMinutes,
                        Channel.of(a.channel),
                        a.topics.stream().map(Topic::of).toList(),
                        own.contains(a.projectId) ? a.note : null,
                        spans.outside(a.menteeId, a.projectId, a.occurredOn),
                        a.version,
                        a.createdAt,
                        a.updatedAt))
                .toList();
    }
}
