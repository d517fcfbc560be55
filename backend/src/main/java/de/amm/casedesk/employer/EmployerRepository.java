package de.amm.casedesk.employer;

import de.amm.casedesk.common.security.ProjectOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EmployerRepository implements ProjectOwnedRepository<Employer> {}
