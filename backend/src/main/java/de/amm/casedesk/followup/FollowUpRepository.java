package de.amm.casedesk.followup;

import de.amm.casedesk.common.security.ProjectOwnedRepository;
import de.amm.casedesk.common.security.ProjectScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements ProjectOwnedRepository<FollowUp> {

    /** The follow-ups of these placements within the scope, soonest first. */
    public List<FollowUp> ofPlacements(Collection<UUID> placementIds, ProjectScope scope) {
        if (placementIds.isEmpty() || scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("placements", placementIds);
        return list("placementId in :placements and " + scope.jpql("projectId", params) + " order by dueOn", params);
    }
}
