package de.amm.casedesk.common.security;

import java.util.Set;

/** The realm roles of Keycloak realm "amm"; they reach the token's "groups" claim. */
public final class Roles {
    public static final String MENTOR = "mentor";
    public static final String PROJECT_LEAD = "project_lead";
    public static final String COORDINATOR = "coordinator";
    public static final String MINISTRY = "ministry";
    public static final String ADMIN = "admin";
    /** The programme's data-protection officer: the audit trail, access requests and erasure; no case work. */
    public static final String DATA_PROTECTION_OFFICER = "data_protection_officer";
    /** Machine-to-machine client of one project (a service account linked to that project). */
    public static final String INTEGRATION = "integration";

    public static final Set<String> ALL =
            Set.of(MENTOR, PROJECT_LEAD, COORDINATOR, MINISTRY, ADMIN, INTEGRATION, DATA_PROTECTION_OFFICER);

    private Roles() {}
}
