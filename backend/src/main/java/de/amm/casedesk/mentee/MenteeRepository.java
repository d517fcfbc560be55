package de.amm.casedesk.mentee;

import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.persistence.ReadModel;
import de.amm.casedesk.common.security.ProjectScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mentees, always read through a {@link ProjectScope}: a mentee is visible to the projects in
 * mentee_project (the registering one and those with a case of theirs).
 */
@ApplicationScoped
@ReadModel(tables = {"statistics_report", "case_file", "activity", "placement", "referral"})
public class MenteeRepository implements PanacheRepositoryBase<Mentee, UUID> {

    public Optional<Mentee> findVisible(UUID id, ProjectScope scope) {
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        return findByIdOptional(id)
                .filter(m -> scope.all() || m.projectIds.stream().anyMatch(scope::includes));
    }

    /** The pseudonyms of those mentees that are visible in the scope. */
    public Map<UUID, String> pseudonyms(java.util.Collection<UUID> ids, ProjectScope scope) {
        Map<UUID, String> pseudonyms = new java.util.HashMap<>();
        if (ids.isEmpty() || scope.isEmpty()) {
            return pseudonyms;
        }
        new NativeQuery()
                .append(
                        "select m.id, m.pseudonym from mentee m where m.id = any(?) and exists (select 1 from"
                                + " mentee_project mp where mp.mentee_id = m.id",
                        (Object) ids.toArray(UUID[]::new))
                .and(scope.sql("mp.project_id"))
                .append(")")
                .list(getEntityManager(), row -> pseudonyms.put(row.uuid("id"), row.text("pseudonym")));
        return pseudonyms;
    }

    public boolean pseudonymTaken(String pseudonym) {
        return count("pseudonym", pseudonym) > 0;
    }

    /** Whether a statistics report was issued after this moment (it may count a mentee registered then). */
    public boolean reportIssuedSince(java.time.Instant since) {
        return new NativeQuery()
                .append(
                        "select exists (select 1 from statistics_report where issued_at > ?) as issued",
                        java.sql.Timestamp.from(since))
                .single(getEntityManager(), row -> row.bool("issued"));
    }

    /**
     * Ends a project's view of a mentee when nothing of theirs is left there: no case, activity, placement or
     * referral of the project, and the project did not register them.
     */
    public void unlinkIfUnused(UUID menteeId, UUID projectId) {
        new NativeQuery()
                .append(
                        "delete from mentee_project mp where mp.mentee_id = ? and mp.project_id = ? and not exists"
                                + " (select 1 from mentee m where m.id = mp.mentee_id and m.project_id = mp.project_id)"
                                + " and not exists (select 1 from case_file c where c.mentee_id = mp.mentee_id and"
                                + " c.project_id = mp.project_id) and not exists (select 1 from activity a where"
                                + " a.mentee_id = mp.mentee_id and a.project_id = mp.project_id) and not exists (select"
                                + " 1 from placement p where p.mentee_id = mp.mentee_id and p.project_id ="
                                + " mp.project_id) and not exists (select 1 from referral r where r.mentee_id ="
                                + " mp.mentee_id and r.project_id = mp.project_id)",
                        menteeId,
                        projectId)
                .execute(getEntityManager());
    }

    /** Makes the mentee visible to a further project (a case opened there). */
    public void linkToProject(UUID menteeId, UUID projectId) {
        new NativeQuery()
                .append(
                        "insert into mentee_project (mentee_id, project_id) values (?, ?) on conflict do nothing",
                        menteeId,
                        projectId)
                .execute(getEntityManager());
    }
}
