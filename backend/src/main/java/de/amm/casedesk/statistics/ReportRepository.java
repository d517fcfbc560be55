package de.amm.casedesk.statistics;

import de.amm.casedesk.common.persistence.NativeQuery;
import de.amm.casedesk.common.persistence.Row;
import de.amm.casedesk.statistics.ReportApi.ReportSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The frozen quarterly reports (the table refuses changes and deletions). */
@ApplicationScoped
public class ReportRepository {

    /** A stored report: its summary and its content as JSON. */
    record Stored(ReportSummary summary, String content) {}

    private static final String SUMMARY_COLUMNS =
            "id, year, quarter, version, period_from, period_to," + " definition_version, issued_at, issued_by";

    private final EntityManager em;

    public ReportRepository(EntityManager em) {
        this.em = em;
    }

    int lastVersion(int year, int quarter) {
        return new NativeQuery()
                .append(
                        "select coalesce(max(version), 0) as last from statistics_report where year = ? and quarter = ?",
                        (short) year,
                        (short) quarter)
                .single(em, row -> (int) row.count("last"));
    }

    void insert(
            UUID id,
            int year,
            int quarter,
            int version,
            LocalDate from,
            LocalDate to,
            String definitionVersion,
            String issuedBy,
            java.time.Instant issuedAt,
            String content) {
        new NativeQuery()
                .append(
                        "insert into statistics_report (id, year, quarter, version, period_from, period_to,"
                                + " definition_version, issued_by, issued_at, content) values (?, ?, ?, ?, ?, ?, ?, ?,"
                                + " ?, cast(? as jsonb))",
                        id,
                        (short) year,
                        (short) quarter,
                        (short) version,
                        Date.valueOf(from),
                        Date.valueOf(to),
                        definitionVersion,
                        issuedBy,
                        java.sql.Timestamp.from(issuedAt),
                        content)
                .execute(em);
    }

    List<ReportSummary> list() {
        return new NativeQuery()
                .append("select " + SUMMARY_COLUMNS + " from statistics_report"
                        + " order by year desc, quarter desc, version desc")
                .list(em, ReportRepository::summary);
    }

    Optional<Stored> find(UUID id) {
        return new NativeQuery()
                .append(
                        "select " + SUMMARY_COLUMNS + ", content::text as content from statistics_report where id = ?",
                        id)
                .first(em, row -> new Stored(summary(row), row.text("content")));
    }

    private static ReportSummary summary(Row row) {
        return new ReportSummary(
                row.uuid("id"),
                row.integer("year"),
                row.integer("quarter"),
                row.integer("version"),
                row.date("period_from"),
                row.date("period_to"),
                row.text("definition_version"),
                row.instant("issued_at"),
                row.text("issued_by"));
    }
}
