package de.amm.casedesk.employer;

import de.amm.casedesk.common.security.ProjectScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EmployerEnquiryRepository implements PanacheRepositoryBase<EmployerEnquiry, UUID> {

    /** The enquiries of the scope's projects, newest first, at most {@code limit}. */
    public List<EmployerEnquiry> inbox(ProjectScope scope, UUID projectId, String status, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(scope.jpql("projectId", params));
        if (projectId != null) {
            where.append(" and projectId = :project");
            params.put("project", projectId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return find(where + " order by receivedAt desc, id", params)
                .page(0, limit)
                .list();
    }

    public Optional<EmployerEnquiry> findVisible(UUID id, ProjectScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return find("id = :id and " + scope.jpql("projectId", params), params).firstResultOptional();
    }
}
