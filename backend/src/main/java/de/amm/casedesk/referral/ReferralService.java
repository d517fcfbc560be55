package de.amm.casedesk.referral;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.directory.DirectoryApi.ServiceView;
import de.amm.casedesk.directory.DirectoryService;
import de.amm.casedesk.mentee.ConsentService;
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

/** Referrals of mentees to other integration services: a service of the directory or a provider as text. */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final String AUDIT_ENTITY = "referral";

    private final ReferralRepository referrals;
    private final MenteeService mentees;
    private final ProjectAccess access;
    private final AuditService audit;
    private final ConsentService consents;
    private final DirectoryService directory;

    public ReferralService(
            ReferralRepository referrals,
            MenteeService mentees,
            ProjectAccess access,
            AuditService audit,
            ConsentService consents,
            DirectoryService directory) {
        this.directory = directory;
        this.consents = consents;
        this.referrals = referrals;
        this.mentees = mentees;
        this.access = access;
        this.audit = audit;
    }

    public ReferralView get(UUID id) {
        Referral referral =
                referrals.findVisible(id, access.readScope()).orElseThrow(() -> ApiException.notFound("Referral"));
        audited(List.of(referral));
        return view(referral);
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
        Page<Referral> found = referrals.pageVisible(where, params, sort, access.readScope(), page);
        audited(found.items());
        return found.map(this::view);
    }

    public ReferralView create(@NotNull @Valid ReferralInput body) {
        UUID projectId = access.projectForNewRecord(body.projectId());
        mentees.requireInProject(body.menteeId(), projectId);
        mentees.requireNotAnonymised(body.menteeId());
        consents.require(body.menteeId(), ConsentScope.COUNSELLING, ConsentScope.REFERRAL);
        Referral referral = new Referral();
        referral.id = Ids.newId();
        referral.projectId = projectId;
        referral.menteeId = body.menteeId();
        apply(body, referral);
        referrals.persist(referral);
        referrals.flush();
        audit.record(Action.CREATE, AUDIT_ENTITY, referral.id, projectId, referral.menteeId);
        return view(referral);
    }

    /** Replaces the referral's data (mentee and project stay); returns the new version. */
    public long update(UUID id, long expectedVersion, @NotNull @Valid ReferralInput body) {
        Referral referral = writable(id);
        Versions.check(referral.version, expectedVersion);
        if (!body.menteeId().equals(referral.menteeId)) {
            throw ApiException.invalid(FieldRule.IMMUTABLE.on("menteeId"));
        }
        if (body.projectId() != null && !body.projectId().equals(referral.projectId)) {
            throw ApiException.invalid(FieldRule.IMMUTABLE.on("projectId"));
        }
        mentees.requireNotAnonymised(referral.menteeId);
        consents.require(referral.menteeId, ConsentScope.COUNSELLING, ConsentScope.REFERRAL);
        apply(body, referral);
        referrals.flush();
        audit.record(Action.UPDATE, AUDIT_ENTITY, id, referral.projectId, referral.menteeId);
        return referral.version;
    }

    public void delete(UUID id, long expectedVersion) {
        Referral referral = writable(id);
        access.requireLeadForDeletion(referral.projectId);
        Versions.check(referral.version, expectedVersion);
        referrals.delete(referral);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, referral.projectId, referral.menteeId);
    }

    /** Erasure: the notes of the mentee's referrals in every project go; returns how many. */
    public int eraseNotesOf(UUID menteeId) {
        return referrals.update("note = null where menteeId = ?1 and note is not null", menteeId);
    }

    private void audited(List<Referral> read) {
        audit.recordAll(
                Action.READ,
                read.stream()
                        .map(r -> new Touched(AUDIT_ENTITY, r.id, r.projectId, r.menteeId))
                        .toList());
    }

    private Referral writable(UUID id) {
        return referrals.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Referral"));
    }

    private void apply(ReferralInput in, Referral r) {
        String provider = in.provider() == null || in.provider().isBlank()
                ? null
                : in.provider().strip();
        if (in.serviceId() != null) {
            ServiceView service;
            try {
                service = directory.get(in.serviceId());
            } catch (ApiException e) {
                throw ApiException.invalid(FieldRule.UNKNOWN_SERVICE.on("serviceId"));
            }
            if (provider == null) {
                provider = service.name().equals(service.provider())
                        ? service.name()
                        : abbreviate(service.name() + " (" + service.provider() + ")");
            }
        } else if (provider == null) {
            throw ApiException.invalid(FieldRule.REQUIRED.on("provider"));
        }
        r.serviceId = in.serviceId();
        r.outcome = (in.outcome() == null ? ReferralOutcome.WAITING : in.outcome()).code();
        r.referredOn = in.referredOn();
        r.provider = provider;
        r.topic = in.topic().strip();
        r.note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private ReferralView view(Referral r) {
        boolean personal = access.writeScope().includes(r.projectId);
        return new ReferralView(
                r.id,
                r.projectId,
                r.menteeId,
                r.referredOn,
                r.serviceId,
                r.provider,
                r.topic,
                ReferralOutcome.of(r.outcome),
                personal ? r.note : null,
                r.version,
                r.createdAt,
                r.updatedAt);
    }
}
