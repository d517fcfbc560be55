package de.amm.casedesk.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.LockTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Which database failures are "busy, try again" (503 with Retry-After) and which are the application's own fault
 * (500): a write that waited past lock_timeout under load came back as 500 in the load benchmark.
 */
class UnavailableDatabaseTest {

    private static PersistenceException wrapped(Throwable cause) {
        return new PersistenceException("flush failed", cause);
    }

    @Test
    void aLockWaitPastTheTimeoutIsBusy() {
        var lock = new LockTimeoutException("lock", new SQLException("canceling statement", "55P03"), "insert");

        assertThat(ProblemMappers.causedByUnavailableDatabase(wrapped(lock))).isTrue();
    }

    @Test
    void aStatementPastTheStatementTimeoutIsBusy() {
        var cancelled = new GenericJDBCException(
                "query", new SQLException("canceling statement due to statement timeout", "57014"), "select");

        assertThat(ProblemMappers.causedByUnavailableDatabase(wrapped(cancelled)))
                .isTrue();
    }

    @Test
    void aLostConnectionIsBusy() {
        var lost = new GenericJDBCException(
                "send", new SQLException("An I/O error occurred while sending to the backend.", "08006"), "insert");

        assertThat(ProblemMappers.causedByUnavailableDatabase(wrapped(lost))).isTrue();
    }

    @Test
    void aCommitTheTransactionManagerRolledBackIsBusy() {
        // the connection broke at commit (scripts/faults, PostgreSQL crashed under writers): nothing was stored
        var atCommit =
                new io.quarkus.narayana.jta.QuarkusTransactionException(new jakarta.transaction.RollbackException());
        assertThat(ProblemMappers.causedByUnavailableDatabase(atCommit)).isTrue();
    }

    @Test
    void aViolatedConstraintOrAnyOtherFailureIsNot() {
        var duplicate = new ConstraintViolationException(
                "duplicate", new SQLException("duplicate key", "23505"), "insert", "activity_pkey");

        assertThat(ProblemMappers.causedByUnavailableDatabase(wrapped(duplicate)))
                .isFalse();
        assertThat(ProblemMappers.causedByUnavailableDatabase(new IllegalStateException("bug")))
                .isFalse();
        var stateless = new GenericJDBCException("other", new SQLException("no state"), "insert");
        assertThat(ProblemMappers.causedByUnavailableDatabase(wrapped(stateless)))
                .isFalse();
    }

    @Test
    void theLogNamesClassesOnlyNeverMessages() {
        var lock = new LockTimeoutException("lock on Müller", new SQLException("Müller", "55P03"), "insert");

        assertThat(Traces.classes(wrapped(lock)))
                .isEqualTo("PersistenceException <- LockTimeoutException <- SQLException")
                .doesNotContain("Müller");
    }
}
