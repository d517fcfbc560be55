package de.amm.casedesk.referral;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.referral.ReferralApi.ReferralInput;
import de.amm.casedesk.referral.ReferralApi.ReferralView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Referrals of mentees to other integration services (provider and topic as text for now). */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final String AUDIT_ENTITY = "referral";

    private final ReferralRepository referrals;
    private final MenteeService mentees;
    private final ProjectAccess access;
    private final AuditService audit;

    public ReferralService(
            ReferralRepository referrals, MenteeService mentees, ProjectAccess access, AuditService audit) {
        this.referrals = referrals;
        this.mentees = mentees;
        this.access = access;
        this.audit = audit;
    }

    public ReferralView get(UUID id) {
        return view(referrals.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Referral")));
    }

    public Page<ReferralView> list(UUID projectId, UUID menteeId, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (projectId != null) {
            where.add("projectId = :project");
            params.put("project", projectId);
        }
        if (menteeId != null) {
            where.add("menteeId = :mentee");
            params.put("mentee", menteeId);
        }
        Sort sort = Sort.by(page.sortField(), page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        return referrals
                .pageVisible(where, params, sort, access.readScope(), page)
                .map(this::view);
    }

    public ReferralView create(@NotNull @Valid ReferralInput body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        mentees.requireInProject(body.menteeId(), projectId);
        Referral referral = new Referral();
        referral.id = Ids.newId();
        referral.projectId = projectId;
        referral.menteeId = body.menteeId();
        apply(body, referral);
        referrals.persist(referral);
        referrals.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, referral.id, projectId);
        return view(referral);
    }

    /** Replaces the referral's data (mentee and project stay); returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid ReferralInput body) {
        Referral referral = writable(id);
        Versions.check(referral.version, expectedVersion);
        if (!body.menteeId().equals(referral.menteeId)) {
            throw ApiException.invalid("menteeId", "cannot be changed");
        }
        if (body.projectId() != null && !body.projectId().equals(referral.projectId)) {
            throw ApiException.invalid("projectId", "cannot be changed");
        }
        apply(body, referral);
        referrals.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, referral.projectId);
        return referral.version;
    }

    public void delete(UUID id, long expectedVersion) {
        Referral referral = writable(id);
        access.requireLeadForDeletion(referral.projectId);
        Versions.check(referral.version, expectedVersion);
        referrals.delete(referral);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, referral.projectId);
    }

    private Referral writable(UUID id) {
        return referrals.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Referral"));
    }

    private static void apply(ReferralInput in, Referral r) {
        r.referredOn = in.referredOn();
        r.provider = in.provider().strip();
        r.topic = in.topic().strip();
        r.note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
    }

    private ReferralView view(Referral r) {
        boolean personal = access.writeScope().includes(r.projectId);
        return new ReferralView(
                r.id,
                r.projectId,
                r.menteeId,
                r.referredOn,
                r.provider,
                r.topic,
                personal ? r.note : null,
                r.version,
                r.createdAt,
                r.updatedAt);
    }
}
