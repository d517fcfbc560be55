package de.amm.casedesk.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** The public directory, ordered by name; optionally only projects serving one district. */
    public List<Project> directory(String districtAgs) {
        if (districtAgs == null) {
            return find("select distinct p from Project p left join fetch p.districts order by p.name")
                    .list();
        }
        return find(
                        "select distinct p from Project p left join fetch p.districts"
                                + " where p.id in (select q.id from Project q join q.districts d where d = ?1)"
                                + " order by p.name",
                        districtAgs)
                .list();
    }

    /** One project with its districts (Hibernate 6 returns the fetched project once, however many districts). */
    public Optional<Project> findWithDistricts(UUID id) {
        return find("from Project p left join fetch p.districts where p.id = ?1", id)
                .singleResultOptional();
    }

    public boolean nameTaken(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    /** Gives the project a new version now (its offices changed, which are part of it). */
    public void newVersion(Project project) {
        getEntityManager().lock(project, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
