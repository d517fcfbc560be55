package de.amm.casedesk.staff;

/** The identity provider's user accounts, as far as staff management needs them. */
public interface AccountDirectory {

    /**
     * Finds the account with this e-mail address, or creates one with a one-time password that must be
     * changed at the first login, and grants it the realm role.
     */
    Account provision(String email, String firstName, String lastName, String realmRole);

    /** An account; {@code initialPassword} is set only when the account was created just now. */
    record Account(String userId, String username, boolean created, String initialPassword) {}
}
