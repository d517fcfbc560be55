package de.amm.casedesk.caseload;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.common.security.ProjectScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mentor's caseload: their open cases (as lead or helper) in the projects they work in now, with the
 * latest activity and the next follow-up due, overdue ones first; a closed case stays while a follow-up is open.
 */
@ApplicationScoped
@Transactional
public class CaseloadService {

    /** A case without an activity for this many days is flagged. */
    static final int ACTIVITY_OVERDUE_DAYS = 30;

    static final List<String> SORTS = CaseloadRepository.SORTS;

    private final CaseloadRepository caseload;
    private final ProjectAccess access;
    private final AuditService audit;
    private final Clock clock;

    public CaseloadService(CaseloadRepository caseload, ProjectAccess access, AuditService audit, Clock clock) {
        this.caseload = caseload;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Schema(name = "CaseloadEntry", description = "One case of the caller: open, or closed with a follow-up still open")
    public record Entry(
            UUID caseId,
            UUID projectId,
            String projectName,
            UUID menteeId,
            @Schema(examples = "TN-7K3F9Q") String pseudonym,
            @Schema(examples = "Amina Haddad") String menteeName,
            LocalDate startedOn,
            @Schema(enumeration = {"lead", "assistant"}) String role,
            @Schema(nullable = true) LocalDate lastActivityOn,
            @Schema(nullable = true) LocalDate nextFollowUpDueOn,

            @Schema(description = "An open follow-up is due before today")
            boolean followUpOverdue,

            @Schema(description = "No activity in the last 30 days (an open case only)")
            boolean activityOverdue,

            @Schema(
                    nullable = true,
                    description = "The case was closed on this day; it stays in the caseload while a follow-up of"
                            + " the mentee's placements in the project is open")
            LocalDate closedOn) {}

    public Page<Entry> mine(PageRequest page) {
        UUID me = access.personId();
        ProjectScope scope = access.writeScope();
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        List<Entry> entries = caseload.page(me, scope, page).stream()
                .map(c -> new Entry(
                        c.caseId(),
                        c.projectId(),
                        c.projectName(),
                        c.menteeId(),
                        c.pseudonym(),
                        c.menteeName(),
                        c.startedOn(),
                        c.lead() ? "lead" : "assistant",
                        c.lastActivityOn(),
                        c.nextFollowUpDueOn(),
                        c.nextFollowUpDueOn() != null && c.nextFollowUpDueOn().isBefore(today),
                        c.closedOn() == null
                                && (c.lastActivityOn() == null
                                        || c.lastActivityOn().isBefore(today.minusDays(ACTIVITY_OVERDUE_DAYS))),
                        c.closedOn()))
                .toList();
        audit.recordAll(
                Action.READ,
                entries.stream()
                        .map(e -> new Touched("case", e.caseId(), e.projectId(), e.menteeId()))
                        .toList());
        return new Page<>(entries, page.page(), page.size(), caseload.count(me, scope));
    }
}
