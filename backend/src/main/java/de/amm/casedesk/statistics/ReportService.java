package de.amm.casedesk.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.security.CurrentUser;
import de.amm.casedesk.statistics.ReportApi.ReportContent;
import de.amm.casedesk.statistics.ReportApi.ReportRequest;
import de.amm.casedesk.statistics.ReportApi.ReportSummary;
import de.amm.casedesk.statistics.ReportApi.ReportView;
import de.amm.casedesk.statistics.StatisticsApi.AppliedFilters;
import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsService.Dimension;
import de.amm.casedesk.statistics.StatisticsService.Resolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Quarterly reports for the ministry: the key results of a completed quarter and of the programme up to
 * it, with breakdowns, small counts withheld, frozen when issued (the table refuses changes). Issuing
 * again makes a new version; every version stays.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    static final List<Dimension> BREAKDOWNS = List.of(
            Dimension.DISTRICT,
            Dimension.PROJECT,
            Dimension.GENDER,
            Dimension.AGE_GROUP,
            Dimension.NATIONALITY,
            Dimension.QUALIFICATION,
            Dimension.PLACEMENT_TYPE,
            Dimension.FOLLOW_UP);

    private final EntityManager em;
    private final StatisticsService statistics;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final AuditService audit;

    public ReportService(
            EntityManager em, StatisticsService statistics, CurrentUser user, ObjectMapper json, AuditService audit) {
        this.em = em;
        this.statistics = statistics;
        this.user = user;
        this.json = json;
        this.audit = audit;
    }

    public ReportView issue(@NotNull @Valid ReportRequest body) {
        LocalDate from = LocalDate.of(body.year(), (body.quarter() - 1) * 3 + 1, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        if (!to.isBefore(LocalDate.now())) {
            throw ApiException.invalid("quarter", "is not over yet; a report covers a completed quarter");
        }
        AppliedFilters all = new AppliedFilters(List.of(), List.of(), null, List.of());
        Resolved quarter = new Resolved(new StatisticsQuery(from, to, Set.of(), Set.of(), false, false), all, true);
        Resolved cumulative = new Resolved(
                new StatisticsQuery(
                        StatisticsService.PHASE_TWO_START.isBefore(from) ? StatisticsService.PHASE_TWO_START : from,
                        to,
                        Set.of(),
                        Set.of(),
                        false,
                        false),
                all,
                true);
        List<Breakdown> breakdowns =
                BREAKDOWNS.stream().map(d -> statistics.breakdown(d, quarter)).toList();
        ReportContent content =
                new ReportContent(statistics.keyResults(quarter), statistics.keyResults(cumulative), breakdowns);
        Number last = (Number) em.createNativeQuery(
                        "select coalesce(max(version), 0) from statistics_report where year = ?1 and quarter = ?2")
                .setParameter(1, body.year().shortValue())
                .setParameter(2, body.quarter().shortValue())
                .getSingleResult();
        UUID id = Ids.newId();
        em.createNativeQuery(
                        "insert into statistics_report (id, year, quarter, version, period_from, period_to,"
                                + " definition_version, issued_by, content) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb))")
                .setParameter(1, id)
                .setParameter(2, body.year().shortValue())
                .setParameter(3, body.quarter().shortValue())
                .setParameter(4, (short) (last.intValue() + 1))
                .setParameter(5, Date.valueOf(from))
                .setParameter(6, Date.valueOf(to))
                .setParameter(7, KeyResultDefinitions.VERSION)
                .setParameter(8, user.subject())
                .setParameter(9, toJson(content))
                .executeUpdate();
        audit.record(Action.CREATE, "report", id, null);
        return get(id);
    }

    public List<ReportSummary> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, year, quarter, version, period_from, period_to,"
                        + " definition_version, issued_at, issued_by from statistics_report"
                        + " order by year desc, quarter desc, version desc")
                .getResultList();
        return rows.stream().map(ReportService::summary).toList();
    }

    public ReportView get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, year, quarter, version, period_from, period_to,"
                                + " definition_version, issued_at, issued_by, content::text from statistics_report where id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Report");
        }
        Object[] row = rows.getFirst();
        try {
            return new ReportView(summary(row), json.readValue((String) row[9], ReportContent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report cannot be read", e);
        }
    }

    private static ReportSummary summary(Object[] row) {
        return new ReportSummary(
                (UUID) row[0],
                ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(),
                toDate(row[4]),
                toDate(row[5]),
                (String) row[6],
                row[7] instanceof Timestamp timestamp ? timestamp.toInstant() : (java.time.Instant) toInstant(row[7]),
                (String) row[8]);
    }

    private static Object toInstant(Object value) {
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
