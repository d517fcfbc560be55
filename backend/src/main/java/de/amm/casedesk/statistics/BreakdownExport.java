package de.amm.casedesk.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsApi.BreakdownRow;
import de.amm.casedesk.statistics.StatisticsApi.MenteeFigure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A breakdown as a table: CSV (Jackson CSV) and XLSX (fastexcel), with German column headings. */
@ApplicationScoped
public class BreakdownExport {

    /** A table of text and numbers; withheld counts are the text "<5". */
    public record Table(List<String> headings, List<List<Object>> rows) {}

    private record Column(String heading, Function<BreakdownRow, Object> value, boolean share) {}

    public Table table(Breakdown breakdown) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Schlüssel", BreakdownRow::key, false));
        columns.add(new Column("Bezeichnung", row -> row.label().de(), false));
        BreakdownRow sample = breakdown.rows().isEmpty()
                ? breakdown.total()
                : breakdown.rows().getFirst();
        if (sample != null && sample.menteesSupported() != null) {
            menteeColumns(columns, "Betreute Teilnehmende", BreakdownRow::menteesSupported);
            columns.add(new Column(
                    "Betreute Arbeitgeber",
                    row -> row.employersSupported() == null
                            ? null
                            : row.employersSupported().total(),
                    false));
            menteeColumns(columns, "In Arbeit/Ausbildung vermittelt", BreakdownRow::menteesPlaced);
            menteeColumns(columns, "Nachhaltig integriert", BreakdownRow::menteesSustainablyIntegrated);
        } else if (sample != null && sample.placements() != null) {
            menteeColumns(columns, "Vermittlungen", BreakdownRow::placements);
        } else if (sample != null && sample.contacts() != null) {
            columns.add(new Column("Kontakte", BreakdownRow::contacts, false));
        } else if (sample != null && sample.followUps() != null) {
            columns.add(new Column(
                    "Noch beschäftigt", row -> row.followUps().stillThere().json(), false));
            columns.add(
                    new Column("Nicht mehr dort", row -> row.followUps().left().json(), false));
            columns.add(new Column(
                    "Nicht erreichbar", row -> row.followUps().notReachable().json(), false));
            columns.add(new Column("Offen", row -> row.followUps().open().json(), false));
            columns.add(
                    new Column("Anteil noch beschäftigt", row -> row.followUps().stillThereShare(), true));
        }
        List<List<Object>> rows = new ArrayList<>();
        List<BreakdownRow> all = new ArrayList<>(breakdown.rows());
        if (breakdown.total() != null) {
            all.add(breakdown.total());
        }
        for (BreakdownRow row : all) {
            rows.add(columns.stream().map(c -> c.value().apply(row)).toList());
        }
        return new Table(columns.stream().map(Column::heading).toList(), rows);
    }

    private static void menteeColumns(List<Column> columns, String name, Function<BreakdownRow, MenteeFigure> figure) {
        columns.add(new Column(name, row -> figure.apply(row).total().json(), false));
        columns.add(new Column(
                name + ", davon weiblich", row -> figure.apply(row).female().json(), false));
        columns.add(new Column(name + ", Frauenanteil", row -> figure.apply(row).femaleShare(), true));
    }

    public String csv(Breakdown breakdown) {
        Table table = table(breakdown);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(';');
        table.headings().forEach(schema::addColumn);
        List<List<Object>> values = table.rows().stream()
                .map(row -> row.stream().map(v -> (Object) (v == null ? "" : v)).toList())
                .toList();
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] xlsx(Breakdown breakdown) {
        return xlsx(
                List.of(new Sheet(title(breakdown.dimension()), table(breakdown))),
                breakdown.period().from() + " – " + breakdown.period().to());
    }

    /** One sheet of a workbook. */
    public record Sheet(String name, Table table) {}

    /** A workbook of tables, each sheet headed by a line of text. */
    public byte[] xlsx(List<Sheet> sheets, String heading) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "AMM Case Desk", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheet.name());
                ws.value(0, 0, heading);
                ws.style(0, 0).bold().set();
                List<String> headings = sheet.table().headings();
                for (int c = 0; c < headings.size(); c++) {
                    ws.value(2, c, headings.get(c));
                    ws.style(2, c).bold().wrapText(true).set();
                    ws.width(c, c < 2 ? 36 : 16);
                }
                int r = 3;
                for (List<Object> row : sheet.table().rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof Number number) {
                            ws.value(r, c, number);
                            if (value instanceof Double) {
                                ws.style(r, c).format("0.0%").set();
                            }
                        } else if (value != null) {
                            ws.value(r, c, value.toString());
                        }
                    }
                    r++;
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String title(String dimension) {
        return switch (dimension) {
            case "project" -> "Projekte";
            case "district" -> "Landkreise";
            case "quarter" -> "Quartale";
            case "year" -> "Jahre";
            case "phase" -> "Förderphasen";
            case "gender" -> "Geschlecht";
            case "ageGroup" -> "Altersgruppen";
            case "nationality" -> "Staatsangehörigkeit";
            case "residenceStatus" -> "Aufenthaltsstatus";
            case "qualification" -> "Abschluss";
            case "placementType" -> "Vermittlungsart";
            case "employerSector" -> "Branchen";
            case "topic" -> "Themen";
            case "followUp" -> "Verbleib";
            default -> dimension;
        };
    }
}
