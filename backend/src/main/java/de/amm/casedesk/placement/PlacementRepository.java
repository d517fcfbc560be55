package de.amm.casedesk.placement;

import de.amm.casedesk.common.security.ProjectOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PlacementRepository implements ProjectOwnedRepository<Placement> {}
