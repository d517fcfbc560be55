package de.amm.casedesk.statistics;

import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsApi.KeyResults;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API models of the quarterly reports. */
public final class ReportApi {

    private ReportApi() {}

    @Schema(name = "ReportRequest", description = "The quarter to report on")
    public record ReportRequest(
            @NotNull @Min(2016) @Max(2100) @Schema(examples = "2026")
            Integer year,

            @NotNull @Min(1) @Max(4) @Schema(examples = "3") Integer quarter) {}

    @Schema(name = "ReportSummary", description = "A frozen quarterly report")
    public record ReportSummary(
            UUID id,
            int year,
            int quarter,

            @Schema(description = "1 for the first report of the quarter, then 2, 3, ... for re-issued ones")
            int version,

            LocalDate periodFrom,
            LocalDate periodTo,
            String definitionVersion,
            Instant issuedAt,

            @Schema(description = "Keycloak user id of who issued it")
            String issuedBy) {}

    @Schema(name = "ReportContent", description = "What a quarterly report holds, as frozen when issued")
    public record ReportContent(
            @Schema(description = "The quarter") KeyResults quarter,

            @Schema(description = "Phase 2 onward up to the end of the quarter")
            KeyResults cumulative,

            List<Breakdown> breakdowns) {}

    @Schema(name = "Report")
    public record ReportView(ReportSummary summary, ReportContent content) {}
}
