package de.amm.casedesk.caseload;

import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.persistence.ReadModel;
import de.amm.casedesk.common.security.ProjectScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The caseload read model: a mentor's open cases (as lead or helper) in the projects of the scope, with the
 * mentee's name, the latest activity and the next follow-up due. It reads the case, mentee, activity and follow-up
 * tables of other features on purpose: that is what a caseload is.
 */
@ApplicationScoped
@ReadModel(tables = {"case_file", "case_assistant", "mentee", "project", "activity", "follow_up"})
public class CaseloadRepository {

    /** One open case as the caseload shows it. */
    record OpenCase(
            UUID caseId,
            UUID projectId,
            String projectName,
            UUID menteeId,
            String pseudonym,
            String menteeName,
            LocalDate startedOn,
            boolean lead,
            LocalDate lastActivityOn,
            LocalDate nextFollowUpDueOn,
            LocalDate closedOn) {}

    private static final Map<String, String> ORDER = Map.of(
            "nextFollowUpDueOn", "next_due %1$s nulls last, last_activity asc nulls first, cf.id",
            "lastActivityOn", "last_activity %1$s nulls first, cf.id",
            "startedOn", "cf.started_on %1$s, cf.id",
            "menteeName", "lower(m.last_name) %1$s, lower(m.first_name) %1$s, cf.id");

    static final List<String> SORTS = List.of("nextFollowUpDueOn", "lastActivityOn", "startedOn", "menteeName");

    /**
     * An open case, or the latest closed case of a mentee in a project while a follow-up of the mentee's placements
     * there is still open: follow-ups stay due until they are done, also after the case was closed.
     */
    private static final String IN_CASELOAD = "(cf.ended_on is null or (exists (select 1 from follow_up f"
            + " where f.mentee_id = cf.mentee_id and f.project_id = cf.project_id and f.result is null)"
            + " and not exists (select 1 from case_file o where o.mentee_id = cf.mentee_id"
            + " and o.project_id = cf.project_id and o.id <> cf.id and (o.ended_on is null or o.ended_on > cf.ended_on"
            + " or (o.ended_on = cf.ended_on and o.id > cf.id)))))";

    private final EntityManager em;

    public CaseloadRepository(EntityManager em) {
        this.em = em;
    }

    long count(UUID mentor, ProjectScope scope) {
        return new NativeQuery()
                .append("select count(*) as found from case_file cf where " + IN_CASELOAD)
                .and(scope.sql("cf.project_id"))
                .append(mentorOfCase(), mentor, mentor)
                .single(em, row -> row.count("found"));
    }

    List<OpenCase> page(UUID mentor, ProjectScope scope, PageRequest page) {
        return new NativeQuery()
                .append(
                        "select cf.id as case_id, cf.project_id, p.name as project_name, cf.mentee_id, m.pseudonym,"
                                + " m.first_name || ' ' || m.last_name as mentee_name, cf.started_on, cf.ended_on,"
                                + " cf.lead_mentor_id = ? as is_lead, la.last_activity, nf.next_due"
                                + " from case_file cf join mentee m on m.id = cf.mentee_id"
                                + " join project p on p.id = cf.project_id"
                                + " left join lateral (select max(a.occurred_on) as last_activity from activity a"
                                + " where a.mentee_id = cf.mentee_id and a.project_id = cf.project_id) la on true"
                                + " left join lateral (select min(f.due_on) as next_due from follow_up f"
                                + " where f.mentee_id = cf.mentee_id and f.project_id = cf.project_id"
                                + " and f.result is null) nf on true"
                                + " where " + IN_CASELOAD,
                        mentor)
                .and(scope.sql("cf.project_id"))
                .append(mentorOfCase(), mentor, mentor)
                .append(" order by " + ORDER.get(page.sortField()).formatted(page.direction()))
                .append(" limit ? offset ?", page.size(), page.offset())
                .list(
                        em,
                        row -> new OpenCase(
                                row.uuid("case_id"),
                                row.uuid("project_id"),
                                row.text("project_name"),
                                row.uuid("mentee_id"),
                                row.text("pseudonym"),
                                row.text("mentee_name"),
                                row.date("started_on"),
                                Boolean.TRUE.equals(row.bool("is_lead")),
                                row.date("last_activity"),
                                row.date("next_due"),
                                row.date("ended_on")));
    }

    private static String mentorOfCase() {
        return " and (cf.lead_mentor_id = ? or exists (select 1 from case_assistant ca where ca.case_id = cf.id"
                + " and ca.person_id = ?))";
    }
}
