package de.amm.casedesk.common.security;

import java.util.UUID;

/** One open membership of the caller: the project and the role held there. */
public record ProjectRole(UUID projectId, String role) {

    public boolean isLead() {
        return Roles.PROJECT_LEAD.equals(role);
    }
}
