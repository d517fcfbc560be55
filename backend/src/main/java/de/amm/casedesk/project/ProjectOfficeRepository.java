package de.amm.casedesk.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProjectOfficeRepository implements PanacheRepositoryBase<ProjectOffice, UUID> {

    /** Every office, the main office of each project first. */
    public List<ProjectOffice> all() {
        return list("order by projectId, main desc, position, id");
    }

    public List<ProjectOffice> ofProject(UUID projectId) {
        return list("projectId = ?1 order by main desc, position, id", projectId);
    }

    /** Removes the project's branches (the main office stays). */
    public long deleteBranches(UUID projectId) {
        return delete("projectId = ?1 and main = false", projectId);
    }
}
