package de.amm.casedesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.staff.AccountDirectory.Account;
import de.amm.casedesk.staff.AccountDirectory.Existing;
import de.amm.casedesk.staff.StaffApi.NewMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The order of adding a member across the database and Keycloak, with both sides recorded: the role only after
 * the membership is stored, and whatever was created removed again when a later step fails.
 */
class TeamOnboardingTest {

    final List<String> steps = new ArrayList<>();
    final UUID project = UUID.randomUUID();
    final NewMember jana = new NewMember("jana@amm-test.example", "Jana", "Schulz", "mentor");

    /** Keycloak as far as the onboarding sees it; fails where told to. */
    class Directory implements AccountDirectory {
        Existing existing;
        boolean grantFails;

        @Override
        public Optional<Existing> findByEmail(String email) {
            steps.add("find");
            return Optional.ofNullable(existing);
        }

        @Override
        public Account create(String email, String firstName, String lastName) {
            steps.add("create account");
            return new Account("kc-new", email, true, "secret");
        }

        @Override
        public void grant(String userId, String realmRole) {
            if (grantFails) {
                steps.add("grant failed");
                throw new ApiException(ProblemType.ACCOUNT_DIRECTORY_UNAVAILABLE, "down");
            }
            steps.add("grant " + realmRole + " to " + userId);
        }

        @Override
        public void remove(String userId) {
            steps.add("remove account " + userId);
        }
    }

    /** The database side: stores, or fails to commit. */
    class Staff implements TeamRecords {
        boolean commitFails;

        @Override
        public String checkAddable(UUID projectId, NewMember body) {
            steps.add("check");
            return body.email();
        }

        @Override
        public StaffService.Added add(UUID projectId, NewMember body, Account account) {
            if (commitFails) {
                steps.add("commit failed");
                throw new IllegalStateException("commit failed");
            }
            steps.add("commit membership of " + account.userId());
            Membership membership = new Membership();
            membership.id = UUID.randomUUID();
            return new StaffService.Added(membership, account);
        }

        @Override
        public void undoAdd(UUID membershipId) {
            steps.add("end membership");
        }
    }

    @Test
    void theRoleIsGrantedAfterTheMembershipIsStored() {
        Directory directory = new Directory();
        new TeamOnboarding(new Staff(), directory).add(project, jana);
        assertThat(steps)
                .containsExactly(
                        "check", "find", "create account", "commit membership of kc-new", "grant mentor to kc-new");
    }

    @Test
    void aFailedCommitRemovesTheNewAccountAndGrantsNothing() {
        Staff staff = new Staff();
        staff.commitFails = true;
        assertThatThrownBy(() -> new TeamOnboarding(staff, new Directory()).add(project, jana))
                .hasMessage("commit failed");
        assertThat(steps).containsExactly("check", "find", "create account", "commit failed", "remove account kc-new");
    }

    @Test
    void aFailedGrantEndsTheMembershipAndRemovesTheNewAccount() {
        Directory directory = new Directory();
        directory.grantFails = true;
        assertThatThrownBy(() -> new TeamOnboarding(new Staff(), directory).add(project, jana))
                .isInstanceOf(ApiException.class);
        assertThat(steps)
                .containsExactly(
                        "check",
                        "find",
                        "create account",
                        "commit membership of kc-new",
                        "grant failed",
                        "end membership",
                        "remove account kc-new");
    }

    @Test
    void aLinkedAccountIsNeverRemoved() {
        Directory directory = new Directory();
        directory.existing = new Existing("kc-old", "jana", true, Set.of("mentor"));
        directory.grantFails = true;
        assertThatThrownBy(() -> new TeamOnboarding(new Staff(), directory).add(project, jana))
                .isInstanceOf(ApiException.class);
        assertThat(steps).doesNotContain("remove account kc-old").contains("end membership");
    }

    @Test
    void programmeWideAndUnverifiedAccountsAreRefusedBeforeAnythingIsStored() {
        for (Existing refused : List.of(
                new Existing("kc-1", "coordinator", true, Set.of("coordinator")),
                new Existing("kc-2", "ministry", true, Set.of("ministry", "mentor")),
                new Existing("kc-3", "admin", true, Set.of("admin")),
                new Existing("kc-4", "dpo", true, Set.of("data_protection_officer")),
                new Existing("kc-5", "someone", false, Set.of()))) {
            steps.clear();
            Directory directory = new Directory();
            directory.existing = refused;
            assertThatThrownBy(() -> new TeamOnboarding(new Staff(), directory).add(project, jana))
                    .isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).type())
                    .isEqualTo(ProblemType.ACCOUNT_NOT_LINKABLE);
            assertThat(steps).as(refused.username()).containsExactly("check", "find");
        }
    }
}
