package de.amm.casedesk.mentee;

import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.persistence.ReadModel;
import de.amm.casedesk.common.persistence.Row;
import de.amm.casedesk.common.security.ProjectScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The mentee list: mentees visible in a scope with the state of their case work in the scope's projects (open or
 * closed case, its lead mentor, the latest activity, the next follow-up due), filtered and sorted in SQL.
 */
@ApplicationScoped
@ReadModel(tables = {"case_file", "person", "activity", "follow_up", "placement"})
public class MenteeListRepository {

    private final EntityManager em;

    public MenteeListRepository(EntityManager em) {
        this.em = em;
    }

    /** One row of the mentee list, with the state of the case work within the scope. */
    public record ListedMentee(
            UUID id,
            UUID projectId,
            String pseudonym,
            String firstName,
            String lastName,
            String gender,
            Integer yearOfBirth,
            String nationality,
            String district,
            String status,
            UUID leadMentorId,
            String leadMentorName,
            LocalDate lastActivityOn,
            LocalDate nextFollowUpDueOn,
            List<UUID> projectIds) {}

    private static final Map<String, String> ORDER = Map.of(
            "lastName", "lower(m.last_name) %1$s, lower(m.first_name) %1$s, m.id",
            "createdAt", "m.created_at %1$s, m.id",
            "pseudonym", "m.pseudonym %1$s",
            "lastActivityOn", "last_activity %1$s nulls last, m.id",
            "nextFollowUpDueOn", "next_due %1$s nulls last, m.id");

    /** Sorts that need only the mentee row: the page is cut before the case work is looked up. */
    private static final Set<String> ROW_SORTS = Set.of("lastName", "createdAt", "pseudonym");

    public long count(MenteeFilter filter, ProjectScope scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        NativeQuery query = new NativeQuery().append("select count(*) as found from mentee m where true");
        where(query, filter, scope);
        return query.single(em, row -> row.count("found"));
    }

    /**
     * One page of mentees visible in the scope, with the state of their case work in the scope's projects: the
     * open case's lead mentor, the latest activity, the next follow-up due.
     */
    public List<ListedMentee> search(MenteeFilter filter, ProjectScope scope, PageRequest page) {
        if (scope.isEmpty()) {
            return List.of();
        }
        String order = " order by " + ORDER.get(page.sortField()).formatted(page.direction());
        boolean pageFirst = ROW_SORTS.contains(page.sortField());
        NativeQuery query = new NativeQuery()
                .append("select m.id, m.project_id, m.pseudonym, m.first_name, m.last_name, m.gender,"
                        + " m.year_of_birth, m.nationality, m.district_ags, c.status, c.lead_mentor_id,"
                        + " lead.display_name as lead_mentor_name, la.last_activity, nf.next_due,"
                        + " (select array_agg(mp.project_id) from mentee_project mp where mp.mentee_id = m.id)"
                        + " as project_ids");
        if (pageFirst) {
            query.append(" from (select m.* from mentee m where true");
            where(query, filter, scope);
            query.append(order)
                    .append(" limit ? offset ?", page.size(), page.offset())
                    .append(") m");
        } else {
            query.append(" from mentee m");
        }
        query.append(" left join lateral (select case when bool_or(cf.ended_on is null) then 'open'"
                        + " when count(*) > 0 then 'closed' else 'none' end as status,"
                        + " (array_agg(cf.lead_mentor_id) filter (where cf.ended_on is null))[1] as lead_mentor_id"
                        + " from case_file cf where cf.mentee_id = m.id")
                .and(scope.sql("cf.project_id"))
                .append(") c on true left join person lead on lead.id = c.lead_mentor_id"
                        + " left join lateral (select max(a.occurred_on) as last_activity from activity a"
                        + " where a.mentee_id = m.id")
                .and(scope.sql("a.project_id"))
                .append(") la on true left join lateral (select min(f.due_on) as next_due from follow_up f"
                        + " where f.mentee_id = m.id and f.result is null")
                .and(scope.sql("f.project_id"))
                .append(") nf on true");
        if (pageFirst) {
            query.append(order);
        } else {
            query.append(" where true");
            where(query, filter, scope);
            query.append(order).append(" limit ? offset ?", page.size(), page.offset());
        }
        return query.list(em, MenteeListRepository::row);
    }

    private static void where(NativeQuery query, MenteeFilter filter, ProjectScope scope) {
        if (!scope.all()) {
            query.append(" and exists (select 1 from mentee_project mp where mp.mentee_id = m.id")
                    .and(scope.sql("mp.project_id"))
                    .append(")");
        }
        if (filter.projectId() != null) {
            query.append(
                    " and exists (select 1 from mentee_project mp where mp.mentee_id = m.id and mp.project_id = ?)",
                    filter.projectId());
        }
        if ("open".equals(filter.status())) {
            caseCondition(query, "exists", " and cf.ended_on is null", scope);
        } else if ("closed".equals(filter.status())) {
            caseCondition(query, "exists", "", scope);
            caseCondition(query, "not exists", " and cf.ended_on is null", scope);
        } else if ("none".equals(filter.status())) {
            caseCondition(query, "not exists", "", scope);
        }
        if (filter.leadMentorId() != null) {
            query.append(
                            " and exists (select 1 from case_file cf where cf.mentee_id = m.id and cf.ended_on is null"
                                    + " and cf.lead_mentor_id = ?",
                            filter.leadMentorId())
                    .and(scope.sql("cf.project_id"))
                    .append(")");
        }
        if (filter.district() != null) {
            query.append(" and m.district_ags = ?", filter.district());
        }
        if (filter.placementType() != null) {
            query.append(
                            " and exists (select 1 from placement pl where pl.mentee_id = m.id and pl.type = ?",
                            filter.placementType())
                    .and(scope.sql("pl.project_id"))
                    .append(")");
        }
        if (filter.followUpDueBefore() != null) {
            query.append(
                            " and exists (select 1 from follow_up f where f.mentee_id = m.id and f.result is null"
                                    + " and f.due_on < ?",
                            Date.valueOf(filter.followUpDueBefore()))
                    .and(scope.sql("f.project_id"))
                    .append(")");
        }
        if (filter.nameContains() != null) {
            String pattern = NativeQuery.containing(filter.nameContains());
            query.append(
                    " and (m.first_name || ' ' || m.last_name ilike ? or m.last_name || ' ' || m.first_name ilike ?)",
                    pattern,
                    pattern);
        }
    }

    private static void caseCondition(NativeQuery query, String exists, String condition, ProjectScope scope) {
        query.append(" and " + exists + " (select 1 from case_file cf where cf.mentee_id = m.id" + condition)
                .and(scope.sql("cf.project_id"))
                .append(")");
    }

    private static ListedMentee row(Row r) {
        return new ListedMentee(
                r.uuid("id"),
                r.uuid("project_id"),
                r.text("pseudonym"),
                r.text("first_name"),
                r.text("last_name"),
                r.text("gender"),
                r.integer("year_of_birth"),
                r.text("nationality"),
                r.text("district_ags"),
                r.text("status"),
                r.uuid("lead_mentor_id"),
                r.text("lead_mentor_name"),
                r.date("last_activity"),
                r.date("next_due"),
                r.uuids("project_ids"));
    }
}
