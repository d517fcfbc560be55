package de.amm.casedesk.activity;

import de.amm.casedesk.common.security.ProjectOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ActivityRepository implements ProjectOwnedRepository<Activity> {}
