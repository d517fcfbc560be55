package de.amm.casedesk.common.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where {@link ProjectAccess} reads a caller's open memberships from (implemented by the staff feature). */
public interface MembershipDirectory {

    List<ProjectRole> openMembershipsOf(String keycloakUserId);

    /** The person record of a Keycloak user, if they have one. */
    Optional<UUID> personIdOf(String keycloakUserId);
}
