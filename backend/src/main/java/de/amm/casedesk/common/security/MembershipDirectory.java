package de.amm.casedesk.common.security;

import java.util.List;

/** Where {@link ProjectAccess} reads a caller's open memberships from (implemented by the staff feature). */
public interface MembershipDirectory {

    List<ProjectRole> openMembershipsOf(String keycloakUserId);
}
