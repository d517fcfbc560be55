package de.amm.casedesk.bulk;

import de.amm.casedesk.common.persistence.ReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Loads many records in one transaction through {@link CaseRecordWriter}: the statistics' triggers are deferred
 * while the rows go in, and the fact tables and cells are rebuilt once at the end.
 */
@ApplicationScoped
@ReadModel(tables = {"project"})
public class BulkLoadRepository {

    private final DataSource dataSource;

    public BulkLoadRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether any project exists (the demo data is loaded once). */
    public boolean anyProject() {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select exists (select 1 from project)");
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the work with a writer in one transaction, then rebuilds the statistics. */
    public void load(Consumer<CaseRecordWriter> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                load(connection, work);
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading records failed", e);
        }
    }

    /** The same on a connection the caller holds in a transaction (the benchmark's generator). */
    static void load(Connection connection, Consumer<CaseRecordWriter> work) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set local amm.statistics_deferred = 'on'");
        }
        work.accept(new CaseRecordWriter(connection));
        try (var statement = connection.createStatement()) {
            statement.execute("set local amm.statistics_deferred = 'off'");
            statement.execute("select stat_rebuild()");
        }
    }
}
