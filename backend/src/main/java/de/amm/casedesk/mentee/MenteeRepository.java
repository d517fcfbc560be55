package de.amm.casedesk.mentee;

import de.amm.casedesk.common.api.ListParams.PageRequest;
import de.amm.casedesk.common.api.NativeQuery;
import de.amm.casedesk.common.security.ProjectScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mentees, always read through a {@link ProjectScope}: a mentee is visible to the projects in
 * mentee_project (the registering one and those with a case of theirs).
 */
@ApplicationScoped
public class MenteeRepository implements PanacheRepositoryBase<Mentee, UUID> {

    public Optional<Mentee> findVisible(UUID id, ProjectScope scope) {
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        return findByIdOptional(id)
                .filter(m -> scope.all() || m.projectIds.stream().anyMatch(scope::includes));
    }

    public boolean pseudonymTaken(String pseudonym) {
        return count("pseudonym", pseudonym) > 0;
    }

    /** Makes the mentee visible to a further project (a case opened there). */
    public void linkToProject(UUID menteeId, UUID projectId) {
        getEntityManager()
                .createNativeQuery(
                        "insert into mentee_project (mentee_id, project_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, menteeId)
                .setParameter(2, projectId)
                .executeUpdate();
    }

    /** One row of the mentee list, with the state of the case work within the scope. */
    public record Row(
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
            LocalDate lastContactOn,
            LocalDate nextFollowUpDueOn,
            List<UUID> projectIds) {}

    private static final Map<String, String> ORDER = Map.of(
            "lastName", "lower(m.last_name) %1$s, lower(m.first_name) %1$s, m.id",
            "createdAt", "m.created_at %1$s, m.id",
            "pseudonym", "m.pseudonym %1$s",
            "lastContactOn", "last_contact %1$s nulls last, m.id",
            "nextFollowUpDueOn", "next_due %1$s nulls last, m.id");

    public long count(MenteeFilter filter, ProjectScope scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        NativeQuery query = new NativeQuery().append("select count(*) from mentee m where true");
        where(query, filter, scope);
        return ((Number) query.create(getEntityManager()).getSingleResult()).longValue();
    }

    /** Sorts that need only the mentee row: the page is cut before the case work is looked up. */
    private static final java.util.Set<String> ROW_SORTS = java.util.Set.of("lastName", "createdAt", "pseudonym");

    @SuppressWarnings("unchecked")
    public List<Row> search(MenteeFilter filter, ProjectScope scope, PageRequest page) {
        if (scope.isEmpty()) {
            return List.of();
        }
        UUID[] projects = scope.all() ? null : scope.projectIds().toArray(UUID[]::new);
        String order = " order by " + ORDER.get(page.sortField()).formatted(page.direction());
        boolean pageFirst = ROW_SORTS.contains(page.sortField());
        NativeQuery query = new NativeQuery()
                .append("select m.id, m.project_id, m.pseudonym, m.first_name, m.last_name, m.gender, m.year_of_birth,"
                        + " m.nationality, m.district_ags, c.status, c.lead_mentor_id, lead.display_name,"
                        + " la.last_contact, nf.next_due,"
                        + " (select array_agg(mp.project_id) from mentee_project mp where mp.mentee_id = m.id)");
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
                + " from case_file cf where cf.mentee_id = m.id");
        inScope(query, "cf", projects);
        query.append(
                ") c on true left join person lead on lead.id = c.lead_mentor_id"
                        + " left join lateral (select max(a.occurred_on) as last_contact from activity a where a.mentee_id = m.id");
        inScope(query, "a", projects);
        query.append(") la on true left join lateral (select min(f.due_on) as next_due from follow_up f"
                + " where f.mentee_id = m.id and f.result is null");
        inScope(query, "f", projects);
        query.append(") nf on true");
        if (pageFirst) {
            query.append(order);
        } else {
            query.append(" where true");
            where(query, filter, scope);
            query.append(order).append(" limit ? offset ?", page.size(), page.offset());
        }
        List<Object[]> rows = query.create(getEntityManager()).getResultList();
        return rows.stream().map(MenteeRepository::row).toList();
    }

    private static void inScope(NativeQuery query, String alias, UUID[] projects) {
        if (projects != null) {
            query.append(" and " + alias + ".project_id = any(?)", (Object) projects);
        }
    }

    private static void where(NativeQuery query, MenteeFilter filter, ProjectScope scope) {
        UUID[] projects = scope.all() ? null : scope.projectIds().toArray(UUID[]::new);
        String casesInScope = projects == null ? "" : " and cf.project_id = any(?)";
        if (projects != null) {
            query.append(
                    " and exists (select 1 from mentee_project mp where mp.mentee_id = m.id"
                            + " and mp.project_id = any(?))",
                    (Object) projects);
        }
        if (filter.projectId() != null) {
            query.append(
                    " and exists (select 1 from mentee_project mp where mp.mentee_id = m.id and mp.project_id = ?)",
                    filter.projectId());
        }
        if ("open".equals(filter.status())) {
            appendCaseCondition(query, "exists", " and cf.ended_on is null", casesInScope, projects);
        } else if ("closed".equals(filter.status())) {
            appendCaseCondition(query, "exists", "", casesInScope, projects);
            appendCaseCondition(query, "not exists", " and cf.ended_on is null", casesInScope, projects);
        } else if ("none".equals(filter.status())) {
            appendCaseCondition(query, "not exists", "", casesInScope, projects);
        }
        if (filter.leadMentorId() != null) {
            query.append(
                    " and exists (select 1 from case_file cf where cf.mentee_id = m.id and cf.ended_on is null"
                            + " and cf.lead_mentor_id = ?" + casesInScope + ")",
                    leadParameters(filter.leadMentorId(), projects));
        }
        if (filter.district() != null) {
            query.append(" and m.district_ags = ?", filter.district());
        }
        if (filter.placementType() != null) {
            query.append(
                    " and exists (select 1 from placement pl where pl.mentee_id = m.id and pl.type = ?"
                            + (projects == null ? "" : " and pl.project_id = any(?)") + ")",
                    projects == null
                            ? new Object[] {filter.placementType()}
                            : new Object[] {filter.placementType(), projects});
        }
        if (filter.followUpDueBefore() != null) {
            Date before = Date.valueOf(filter.followUpDueBefore());
            query.append(
                    " and exists (select 1 from follow_up f where f.mentee_id = m.id and f.result is null"
                            + " and f.due_on < ?" + (projects == null ? "" : " and f.project_id = any(?)") + ")",
                    projects == null ? new Object[] {before} : new Object[] {before, projects});
        }
        if (filter.nameContains() != null) {
            String pattern = NativeQuery.containing(filter.nameContains());
            query.append(
                    " and (m.first_name || ' ' || m.last_name ilike ? or m.last_name || ' ' || m.first_name ilike ?)",
                    pattern,
                    pattern);
        }
    }

    private static Object[] leadParameters(UUID lead, UUID[] projects) {
        return projects == null ? new Object[] {lead} : new Object[] {lead, projects};
    }

    private static void appendCaseCondition(
            NativeQuery query, String exists, String condition, String casesInScope, UUID[] projects) {
        String sql = " and " + exists + " (select 1 from case_file cf where cf.mentee_id = m.id" + condition
                + casesInScope + ")";
        if (projects == null) {
            query.append(sql);
        } else {
            query.append(sql, (Object) projects);
        }
    }

    private static Row row(Object[] r) {
        UUID[] projects = r[14] == null ? new UUID[0] : (UUID[]) r[14];
        return new Row(
                (UUID) r[0],
                (UUID) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (String) r[5],
                r[6] == null ? null : ((Number) r[6]).intValue(),
                r[7] == null ? null : r[7].toString(),
                r[8] == null ? null : r[8].toString(),
                (String) r[9],
                (UUID) r[10],
                (String) r[11],
                toDate(r[12]),
                toDate(r[13]),
                List.of(projects));
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
