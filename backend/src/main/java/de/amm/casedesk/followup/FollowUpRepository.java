package de.amm.casedesk.followup;

import de.amm.casedesk.common.security.ProjectOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements ProjectOwnedRepository<FollowUp> {

    public List<FollowUp> ofPlacements(Collection<UUID> placementIds) {
        return placementIds.isEmpty() ? List.of() : list("placementId in ?1 order by dueOn", placementIds);
    }
}
