package de.amm.casedesk.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.security.CurrentUser;
import de.amm.casedesk.statistics.ReportApi.ReportContent;
import de.amm.casedesk.statistics.ReportApi.ReportRequest;
import de.amm.casedesk.statistics.ReportApi.ReportSummary;
import de.amm.casedesk.statistics.ReportApi.ReportView;
import de.amm.casedesk.statistics.StatisticsApi.AppliedFilters;
import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsService.Resolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
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

    private final ReportRepository reports;
    private final StatisticsService statistics;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final AuditService audit;
    private final Clock clock;

    public ReportService(
            ReportRepository reports,
            StatisticsService statistics,
            CurrentUser user,
            ObjectMapper json,
            AuditService audit,
            Clock clock) {
        this.reports = reports;
        this.statistics = statistics;
        this.user = user;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    public ReportView issue(@NotNull @Valid ReportRequest body) {
        LocalDate from = LocalDate.of(body.year(), (body.quarter() - 1) * 3 + 1, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        if (!to.isBefore(LocalDate.now(clock))) {
            throw ApiException.invalid(FieldRule.NOT_OVER.on("quarter"));
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
        UUID id = Ids.newId();
        reports.insert(
                id,
                body.year(),
                body.quarter(),
                reports.lastVersion(body.year(), body.quarter()) + 1,
                from,
                to,
                KeyResultDefinitions.VERSION,
                user.subject(),
                clock.instant(),
                toJson(content));
        audit.record(Action.CREATE, "report", id, null);
        return get(id);
    }

    public List<ReportSummary> list() {
        return reports.list();
    }

    public ReportView get(UUID id) {
        ReportRepository.Stored stored = reports.find(id).orElseThrow(() -> ApiException.notFound("Report"));
        try {
            return new ReportView(stored.summary(), json.readValue(stored.content(), ReportContent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report cannot be read", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
