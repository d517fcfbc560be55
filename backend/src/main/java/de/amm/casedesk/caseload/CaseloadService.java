package de.amm.casedesk.caseload;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.NativeQuery;
import de.amm.casedesk.common.api.Page;
import de.amm.casedesk.common.security.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mentor's caseload: their open cases (as lead or helper) in the projects they work in now, with the
 * latest contact and the next follow-up due, overdue ones first.
 */
@ApplicationScoped
@Transactional
public class CaseloadService {

    /** A case without a contact for this many days is flagged. */
    static final int CONTACT_OVERDUE_DAYS = 30;

    private static final Map<String, String> ORDER = Map.of(
            "nextFollowUpDueOn", "next_due %1$s nulls last, last_contact asc nulls first, cf.id",
            "lastContactOn", "last_contact %1$s nulls first, cf.id",
            "startedOn", "cf.started_on %1$s, cf.id",
            "menteeName", "lower(m.last_name) %1$s, lower(m.first_name) %1$s, cf.id");

    static final List<String> SORTS = List.of("nextFollowUpDueOn", "lastContactOn", "startedOn", "menteeName");

    private final EntityManager em;
    private final ProjectAccess access;
    private final AuditService audit;

    public CaseloadService(EntityManager em, ProjectAccess access, AuditService audit) {
        this.em = em;
        this.access = access;
        this.audit = audit;
    }

    @Schema(name = "CaseloadEntry", description = "One open case of the caller")
    public record Entry(
            UUID caseId,
            UUID projectId,
            String projectName,
            UUID menteeId,
            @Schema(examples = "TN-7K3F9Q") String pseudonym,
            @Schema(examples = "Amina Haddad") String menteeName,
            LocalDate startedOn,
            @Schema(enumeration = {"lead", "assistant"}) String role,
            @Schema(nullable = true) LocalDate lastContactOn,
            @Schema(nullable = true) LocalDate nextFollowUpDueOn,

            @Schema(description = "An open follow-up is due before today")
            boolean followUpOverdue,

            @Schema(description = "No contact in the last 30 days")
            boolean contactOverdue) {}

    @SuppressWarnings("unchecked")
    public Page<Entry> mine(PageRequest page) {
        UUID me = access.personId();
        UUID[] projects = access.writeScope().projectIds().toArray(UUID[]::new);
        if (projects.length == 0) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        String from = " from case_file cf join mentee m on m.id = cf.mentee_id"
                + " where cf.ended_on is null and cf.project_id = any(?) and (cf.lead_mentor_id = ?"
                + " or exists (select 1 from case_assistant ca where ca.case_id = cf.id and ca.person_id = ?))";
        long total = ((Number) new NativeQuery()
                        .append("select count(*)" + from, projects, me, me)
                        .create(em)
                        .getSingleResult())
                .longValue();
        List<Object[]> rows = new NativeQuery()
                .append(
                        "select cf.id, cf.project_id, p.name, cf.mentee_id, m.pseudonym,"
                                + " m.first_name || ' ' || m.last_name, cf.started_on, cf.lead_mentor_id = ?,"
                                + " la.last_contact, nf.next_due"
                                + " from case_file cf join mentee m on m.id = cf.mentee_id join project p on p.id = cf.project_id"
                                + " left join lateral (select max(a.occurred_on) as last_contact from activity a"
                                + " where a.mentee_id = cf.mentee_id and a.project_id = cf.project_id) la on true"
                                + " left join lateral (select min(f.due_on) as next_due from follow_up f"
                                + " where f.mentee_id = cf.mentee_id and f.project_id = cf.project_id and f.result is null) nf on true"
                                + " where cf.ended_on is null and cf.project_id = any(?) and (cf.lead_mentor_id = ?"
                                + " or exists (select 1 from case_assistant ca where ca.case_id = cf.id and ca.person_id = ?))",
                        me,
                        projects,
                        me,
                        me)
                .append(" order by " + ORDER.get(page.sortField()).formatted(page.direction()))
                .append(" limit ? offset ?", page.size(), page.offset())
                .create(em)
                .getResultList();
        LocalDate today = LocalDate.now();
        List<Entry> entries = rows.stream()
                .map(r -> {
                    LocalDate lastContact = date(r[8]);
                    LocalDate nextDue = date(r[9]);
                    return new Entry(
                            (UUID) r[0],
                            (UUID) r[1],
                            (String) r[2],
                            (UUID) r[3],
                            (String) r[4],
                            (String) r[5],
                            date(r[6]),
                            Boolean.TRUE.equals(r[7]) ? "lead" : "assistant",
                            lastContact,
                            nextDue,
                            nextDue != null && nextDue.isBefore(today),
                            lastContact == null || lastContact.isBefore(today.minusDays(CONTACT_OVERDUE_DAYS)));
                })
                .toList();
        audit.recordAll(
                Action.READ,
                "mentee",
                entries.stream()
                        .map(e -> new Touched(e.menteeId(), e.projectId()))
                        .toList());
        return new Page<>(entries, page.page(), page.size(), total);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
