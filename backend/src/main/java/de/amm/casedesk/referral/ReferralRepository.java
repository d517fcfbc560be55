package de.amm.casedesk.referral;

import de.amm.casedesk.common.security.ProjectOwnedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReferralRepository implements ProjectOwnedRepository<Referral> {}
