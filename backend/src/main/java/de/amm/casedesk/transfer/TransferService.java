package de.amm.casedesk.transfer;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.casefile.CaseApi.NewCase;
import de.amm.casedesk.casefile.CaseService;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.mentee.ConsentService;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.mentee.MenteeService.HandOver;
import de.amm.casedesk.project.ProjectService;
import de.amm.casedesk.staff.StaffService;
import de.amm.casedesk.transfer.TransferApi.Acceptance;
import de.amm.casedesk.transfer.TransferApi.Decline;
import de.amm.casedesk.transfer.TransferApi.MenteeInTransfer;
import de.amm.casedesk.transfer.TransferApi.NewTransfer;
import de.amm.casedesk.transfer.TransferApi.TransferView;
import de.amm.casedesk.transfer.TransferRepository.Side;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Transfers between projects. A project hands a mentee over (with the mentee's consent to the transfer); the
 * receiving project accepts, which lets it see the mentee, opens its case and ends the handing-over project's open
 * case as transferred, or declines. The mentee stays one person, so every figure counts them once; each project
 * keeps its own records. Both ends see the transfer; every read and change is audited.
 */
@ApplicationScoped
@Transactional
public class TransferService {

    static final String AUDIT_ENTITY = "transfer";

    private final TransferRepository transfers;
    private final ProjectAccess access;
    private final MenteeService mentees;
    private final ConsentService consents;
    private final CaseService cases;
    private final ProjectService projects;
    private final StaffService staff;
    private final AuditService audit;
    private final Clock clock;

    public TransferService(
            TransferRepository transfers,
            ProjectAccess access,
            MenteeService mentees,
            ConsentService consents,
            CaseService cases,
            ProjectService projects,
            StaffService staff,
            AuditService audit,
            Clock clock) {
        this.transfers = transfers;
        this.access = access;
        this.mentees = mentees;
        this.consents = consents;
        this.cases = cases;
        this.projects = projects;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public TransferView request(@NotNull @Valid NewTransfer body) {
        UUID from = access.projectForNewRecord(body.fromProjectId());
        var mentee = mentees.requireInProject(body.menteeId(), from);
        mentees.requireNotAnonymised(mentee.id());
        if (body.toProjectId().equals(from)) {
            throw ApiException.invalid(FieldRule.INVALID.on("toProjectId"));
        }
        if (!projects.exists(body.toProjectId())) {
            throw ApiException.invalid(FieldRule.INVALID.on("toProjectId"));
        }
        if (mentee.projectIds().contains(body.toProjectId())) {
            throw ApiException.conflict("That project sees the mentee already; it opens its own case instead");
        }
        if (transfers.openExists(mentee.id(), body.toProjectId())) {
            throw ApiException.conflict("A transfer of this mentee to that project is waiting for its answer");
        }
        consents.require(mentee.id(), ConsentScope.COUNSELLING, ConsentScope.TRANSFER);
        Transfer transfer = new Transfer();
        transfer.id = Ids.newId();
        transfer.menteeId = mentee.id();
        transfer.fromProjectId = from;
        transfer.toProjectId = body.toProjectId();
        transfer.requestedBy = access.personIdIfStaff().orElse(null);
        transfer.requestedOn = LocalDate.now(clock);
        transfer.note = body.note() == null || body.note().isBlank()
                ? null
                : body.note().strip();
        transfers.persist(transfer);
        transfers.flush();
        record(Action.CREATE, transfer);
        return views(List.of(transfer)).getFirst();
    }

    public TransferView get(UUID id) {
        Transfer transfer = visible(id);
        audited(List.of(transfer));
        return views(List.of(transfer)).getFirst();
    }

    public Page<TransferView> list(Side side, String status, UUID menteeId, PageRequest page) {
        Page<Transfer> found = transfers.page(side, status, menteeId, access.writeScope(), page);
        audited(found.items());
        return new Page<>(views(found.items()), found.page(), found.size(), found.total());
    }

    /** The receiving project takes the mentee over; returns the transfer as it is now. */
    public TransferView accept(UUID id, long expectedVersion, @NotNull @Valid Acceptance body) {
        Transfer transfer = receiving(id);
        open(transfer, expectedVersion);
        // the consent may have been withdrawn since the request
        consents.require(transfer.menteeId, ConsentScope.COUNSELLING, ConsentScope.TRANSFER);
        LocalDate today = LocalDate.now(clock);
        mentees.joinByTransfer(transfer.menteeId, transfer.toProjectId);
        var opened = cases.create(new NewCase(
                transfer.toProjectId,
                transfer.menteeId,
                body.leadMentorId(),
                body.startedOn() == null ? today : body.startedOn(),
                List.of()));
        cases.closeOpenForTransfer(transfer.menteeId, transfer.fromProjectId, opened.startedOn());
        transfer.status = "accepted";
        transfer.caseId = opened.id();
        decided(transfer, today);
        return views(List.of(transfer)).getFirst();
    }

    public TransferView decline(UUID id, long expectedVersion, @NotNull @Valid Decline body) {
        Transfer transfer = receiving(id);
        open(transfer, expectedVersion);
        transfer.status = "declined";
        transfer.declineReason = body.reason().strip();
        decided(transfer, LocalDate.now(clock));
        return views(List.of(transfer)).getFirst();
    }

    /** The handing-over project takes its request back. */
    public TransferView cancel(UUID id, long expectedVersion) {
        Transfer transfer = visible(id);
        if (!access.writeScope().includes(transfer.fromProjectId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only the handing-over project cancels its request");
        }
        open(transfer, expectedVersion);
        transfer.status = "cancelled";
        decided(transfer, LocalDate.now(clock));
        return views(List.of(transfer)).getFirst();
    }

    private Transfer visible(UUID id) {
        return transfers.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Transfer"));
    }

    private Transfer receiving(UUID id) {
        Transfer transfer = visible(id);
        if (!access.writeScope().includes(transfer.toProjectId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only the receiving project answers a transfer");
        }
        return transfer;
    }

    private static void open(Transfer transfer, long expectedVersion) {
        Versions.check(transfer.version, expectedVersion);
        if (!transfer.isOpen()) {
            throw ApiException.conflict("The transfer was " + transfer.status + " already");
        }
    }

    private void decided(Transfer transfer, LocalDate day) {
        transfer.decidedBy = access.personIdIfStaff().orElse(null);
        transfer.decidedOn = day;
        transfers.flush();
        record(Action.UPDATE, transfer);
    }

    /** Filed under both projects: each project's trail shows its transfers. */
    private void record(Action action, Transfer transfer) {
        audit.recordAll(
                action,
                List.of(
                        new Touched(AUDIT_ENTITY, transfer.id, transfer.fromProjectId, transfer.menteeId),
                        new Touched(AUDIT_ENTITY, transfer.id, transfer.toProjectId, transfer.menteeId)));
    }

    private void audited(List<Transfer> read) {
        audit.recordAll(
                Action.READ,
                read.stream()
                        .map(t -> new Touched(
                                AUDIT_ENTITY,
                                t.id,
                                access.writeScope().includes(t.toProjectId) ? t.toProjectId : t.fromProjectId,
                                t.menteeId))
                        .toList());
    }

    private List<TransferView> views(List<Transfer> found) {
        Map<UUID, HandOver> who =
                mentees.handOvers(found.stream().map(t -> t.menteeId).toList());
        Set<UUID> projectIds = new HashSet<>();
        found.forEach(t -> {
            projectIds.add(t.fromProjectId);
            projectIds.add(t.toProjectId);
        });
        Map<UUID, String> projectNames = projects.names(projectIds);
        Set<UUID> people = new HashSet<>();
        found.stream()
                .flatMap(t -> Stream.of(t.requestedBy, t.decidedBy))
                .filter(Objects::nonNull)
                .forEach(people::add);
        Map<UUID, String> names = staff.names(people);
        return found.stream()
                .map(t -> {
                    HandOver m = who.get(t.menteeId);
                    return new TransferView(
                            t.id,
                            new MenteeInTransfer(m.id(), m.pseudonym(), m.name(), m.yearOfBirth(), m.district()),
                            new Ref(t.fromProjectId, projectNames.get(t.fromProjectId)),
                            new Ref(t.toProjectId, projectNames.get(t.toProjectId)),
                            t.requestedBy == null ? null : new Ref(t.requestedBy, names.get(t.requestedBy)),
                            t.requestedOn,
                            t.note,
                            t.status,
                            t.decidedBy == null ? null : new Ref(t.decidedBy, names.get(t.decidedBy)),
                            t.decidedOn,
                            t.declineReason,
                            t.caseId,
                            t.version);
                })
                .toList();
    }
}
