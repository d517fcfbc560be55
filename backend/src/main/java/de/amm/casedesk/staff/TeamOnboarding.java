package de.amm.casedesk.staff;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.security.Roles;
import de.amm.casedesk.staff.AccountDirectory.Account;
import de.amm.casedesk.staff.AccountDirectory.Existing;
import de.amm.casedesk.staff.StaffApi.NewMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Adding a member to a project's team, across the database and Keycloak, which share no transaction. The account
 * is found or created without a role, the membership is committed, and only then is the role granted. A failed
 * commit removes an account created for it; a failed grant ends the membership again (and removes a new account),
 * so no role is ever left without its membership. Accounts of programme-wide roles and accounts whose e-mail
 * address is not verified are never linked.
 */
@ApplicationScoped
public class TeamOnboarding {

    private static final Logger LOG = Logger.getLogger(TeamOnboarding.class);

    /** Roles that see all projects or none; their accounts never join a team. */
    static final Set<String> PROGRAMME_WIDE =
            Set.of(Roles.COORDINATOR, Roles.MINISTRY, Roles.ADMIN, Roles.DATA_PROTECTION_OFFICER);

    private final TeamRecords staff;
    private final AccountDirectory accounts;

    public TeamOnboarding(TeamRecords staff, AccountDirectory accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    public StaffService.Added add(UUID projectId, @NotNull @Valid NewMember body) {
        String email = staff.checkAddable(projectId, body);
        Optional<Existing> existing = accounts.findByEmail(email);
        existing.ifPresent(TeamOnboarding::requireLinkable);
        Account account = existing.map(Existing::linked)
                .orElseGet(() -> accounts.create(
                        email, body.firstName().strip(), body.lastName().strip()));
        StaffService.Added added;
        try {
            added = staff.add(projectId, body, account);
        } catch (RuntimeException e) {
            removeIfCreated(account);
            throw e;
        }
        try {
            accounts.grant(account.userId(), body.role());
        } catch (RuntimeException e) {
            staff.undoAdd(added.membership().id);
            removeIfCreated(account);
            throw e;
        }
        return added;
    }

    private static void requireLinkable(Existing account) {
        if (account.realmRoles().stream().anyMatch(PROGRAMME_WIDE::contains)) {
            throw new ApiException(
                    ProblemType.ACCOUNT_NOT_LINKABLE,
                    "This account belongs to a programme-wide role (coordination, ministry, administration or data"
                            + " protection) and cannot work in a project's team; use a separate account");
        }
        if (!account.emailVerified()) {
            throw new ApiException(
                    ProblemType.ACCOUNT_NOT_LINKABLE,
                    "An account with this e-mail address exists, but the address is not verified; it is linked only"
                            + " once its owner has verified it");
        }
    }

    private void removeIfCreated(Account account) {
        if (!account.created()) {
            return;
        }
        try {
            accounts.remove(account.userId());
        } catch (RuntimeException e) {
            LOG.errorf(
                    "An account created for a failed membership could not be removed: Keycloak user %s",
                    account.userId());
        }
    }
}
