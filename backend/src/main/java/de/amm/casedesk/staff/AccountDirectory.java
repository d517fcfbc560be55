package de.amm.casedesk.staff;

import java.util.Optional;
import java.util.Set;

/**
 * The identity provider's user accounts, as far as staff management needs them. Adding a member creates or finds the
 * account first (without a role), stores the membership, and only after that commit grants the role; a failure on
 * the way removes what was created ({@link TeamOnboarding}).
 */
public interface AccountDirectory {

    /** The account with exactly this e-mail address, with whether the address is verified and its realm roles. */
    Optional<Existing> findByEmail(String email);

    /** Creates an account with a one-time password that must be changed at the first login, and no role. */
    Account create(String email, String firstName, String lastName);

    /** Grants the account a realm role. */
    void grant(String userId, String realmRole);

    /** Removes an account created a moment ago, when the membership it was made for could not be stored. */
    void remove(String userId);

    /** An account; {@code initialPassword} is set only when the account was created just now. */
    record Account(String userId, String username, boolean created, String initialPassword) {}

    /** An account that exists already. */
    record Existing(String userId, String username, boolean emailVerified, Set<String> realmRoles) {
        Account linked() {
            return new Account(userId, username, false, null);
        }
    }
}
