package de.amm.casedesk.testing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements as the schema's owner (the role that runs the migrations), for what the application's own role may
 * not do: empty tables, read the migration history, tamper with the audit trail to prove it shows.
 */
@ApplicationScoped
public class SchemaOwner {

    @Inject
    @DataSource("migrations")
    AgroalDataSource owner;

    public void execute(String sql) {
        try (Connection connection = owner.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs statements and then a query in one transaction that is rolled back: what the query saw, and nothing
     * left behind (to tamper with the audit trail and look at the damage).
     */
    public List<List<Object>> rolledBack(String query, String... statements) {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                try (var rows = statement.executeQuery(query)) {
                    return rows(rows);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query, each as its columns' values. */
    public List<List<Object>> query(String sql) {
        try (Connection connection = owner.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<Object>> rows(ResultSet rows) throws SQLException {
        List<List<Object>> result = new ArrayList<>();
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
                row.add(rows.getObject(c));
            }
            result.add(row);
        }
        return result;
    }
}
