package de.amm.casedesk.statistics;

import de.amm.casedesk.statistics.StatisticsApi.Breakdown;
import de.amm.casedesk.statistics.StatisticsApi.BreakdownRow;
import de.amm.casedesk.statistics.StatisticsApi.MenteeFigure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A breakdown as a table for people: CSV that opens correctly in German Excel (UTF-8 with byte-order mark,
 * semicolons, decimal commas, no formulas), and XLSX (fastexcel); names first, the machine key in the last column,
 * shares in percent, and the legend of withheld and rounded counts where they occur.
 */
@ApplicationScoped
public class BreakdownExport {

    /** A column's kind: text, a count (number or "<5"), or a share (0 to 1). */
    enum Kind {
        TEXT,
        COUNT,
        SHARE,
        KEY
    }

    /** A table of text, counts and shares; a count is a number or the text "<5". */
    public record Table(List<String> headings, List<Kind> kinds, List<List<Object>> rows) {}

    private record Column(String heading, Kind kind, Function<BreakdownRow, Object> value) {}

    /** The legend of a release under disclosure control, in German. */
    static final String LEGEND =
            "<5: weniger als 5 (auch keine), nicht ausgewiesen. Alle anderen Zahlen von Personen und"
                    + " Vorgängen sind auf Vielfache von " + Disclosure.ROUNDING_BASE + " gerundet (höchstens "
                    + (Disclosure.ROUNDING_BASE - 1)
                    + " daneben); dieselben Personen ergeben stets dieselbe Zahl. Gerundete"
                    + " Zahlen ergeben zusammen nicht immer die Summe; Anteile sind aus den gerundeten Zahlen berechnet."
                    + " Arbeitgeber sind genau gezählt.";

    public Table table(Breakdown breakdown) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Bezeichnung", Kind.TEXT, row -> row.label().de()));
        BreakdownRow sample = breakdown.rows().isEmpty()
                ? breakdown.total()
                : breakdown.rows().getFirst();
        if (sample != null && sample.menteesSupported() != null) {
            menteeColumns(columns, "Betreute Teilnehmende", BreakdownRow::menteesSupported);
            columns.add(new Column(
                    "Betreute Arbeitgeber",
                    Kind.COUNT,
                    row -> row.employersSupported() == null
                            ? null
                            : row.employersSupported().total()));
            menteeColumns(columns, "In Arbeit/Ausbildung vermittelt", BreakdownRow::menteesPlaced);
            menteeColumns(columns, "Nachhaltig integriert", BreakdownRow::menteesSustainablyIntegrated);
        } else if (sample != null && sample.placements() != null) {
            menteeColumns(columns, "Vermittlungen", BreakdownRow::placements);
        } else if (sample != null && sample.activities() != null) {
            columns.add(
                    new Column("Kontakte", Kind.COUNT, row -> row.activities().json()));
        } else if (sample != null && sample.referrals() != null) {
            columns.add(new Column(
                    "Weitervermittlungen", Kind.COUNT, row -> row.referrals().json()));
        } else if (sample != null && sample.followUps() != null) {
            columns.add(new Column(
                    "Noch beschäftigt",
                    Kind.COUNT,
                    row -> row.followUps().stillThere().json()));
            columns.add(new Column(
                    "Nicht mehr dort", Kind.COUNT, row -> row.followUps().left().json()));
            columns.add(new Column(
                    "Nicht erreichbar",
                    Kind.COUNT,
                    row -> row.followUps().notReachable().json()));
            columns.add(new Column(
                    "Offen", Kind.COUNT, row -> row.followUps().open().json()));
            columns.add(new Column(
                    "Anteil noch beschäftigt (%)",
                    Kind.SHARE, row -> row.followUps().stillThereShare()));
        }
        columns.add(new Column("Schlüssel", Kind.KEY, BreakdownRow::key));
        List<List<Object>> rows = new ArrayList<>();
        List<BreakdownRow> all = new ArrayList<>(breakdown.rows());
        if (breakdown.total() != null) {
            all.add(breakdown.total());
        }
        for (BreakdownRow row : all) {
            rows.add(columns.stream().map(c -> c.value().apply(row)).toList());
        }
        return new Table(
                columns.stream().map(Column::heading).toList(),
                columns.stream().map(Column::kind).toList(),
                rows);
    }

    private static void menteeColumns(List<Column> columns, String name, Function<BreakdownRow, MenteeFigure> figure) {
        columns.add(
                new Column(name, Kind.COUNT, row -> figure.apply(row).total().json()));
        columns.add(new Column(
                name + ", davon weiblich",
                Kind.COUNT,
                row -> figure.apply(row).female().json()));
        columns.add(new Column(
                name + ", Frauenanteil (%)",
                Kind.SHARE,
                row -> figure.apply(row).femaleShare()));
    }

    /** UTF-8 with a byte-order mark, so that German Excel reads the umlauts; semicolons and decimal commas. */
    public byte[] csv(Breakdown breakdown) {
        Table table = table(breakdown);
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, table.headings().stream().map(h -> (Object) h).toList(), null);
        for (List<Object> row : table.rows()) {
            line(csv, row, table.kinds());
        }
        if (breakdown.withheld()) {
            csv.append("\r\n");
            line(csv, List.of("Hinweis", LEGEND), null);
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<Object> values, List<Kind> kinds) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            Kind kind = kinds == null ? Kind.TEXT : kinds.get(i);
            csv.append(field(values.get(i), kind));
        }
        csv.append("\r\n");
    }

    /** One CSV field: shares as percent with a decimal comma, text quoted where needed and never a formula. */
    static String field(Object value, Kind kind) {
        if (value == null) {
            return "";
        }
        if (kind == Kind.SHARE && value instanceof Double share) {
            return percent(share).toPlainString().replace('.', ',');
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = neutralised(value.toString());
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * Text that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a line break) gets a
     * leading apostrophe, so that a project named "=HYPERLINK(...)" is shown, not run.
     */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.equals(Count.SMALL)) {
            return "'" + text;
        }
        return text;
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    public byte[] xlsx(Breakdown breakdown) {
        return xlsx(
                List.of(new Sheet(breakdown.dimension().title().de(), table(breakdown))),
                breakdown.period().from() + " – " + breakdown.period().to(),
                breakdown.withheld());
    }

    /** One sheet of a workbook. */
    public record Sheet(String name, Table table) {}

    /** A workbook of tables, each sheet headed by a line of text and, for released figures, the legend. */
    public byte[] xlsx(List<Sheet> sheets, String heading, boolean withLegend) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "AMM Case Desk", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheet.name());
                ws.value(0, 0, heading);
                ws.style(0, 0).bold().set();
                int first = 2;
                if (withLegend) {
                    ws.value(1, 0, LEGEND);
                    ws.style(1, 0).italic().set();
                    first = 3;
                }
                List<String> headings = sheet.table().headings();
                for (int c = 0; c < headings.size(); c++) {
                    ws.value(first, c, headings.get(c));
                    ws.style(first, c).bold().wrapText(true).set();
                    ws.width(c, c == 0 ? 40 : sheet.table().kinds().get(c) == Kind.KEY ? 38 : 16);
                }
                int r = first + 1;
                for (List<Object> row : sheet.table().rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        Kind kind = sheet.table().kinds().get(c);
                        if (kind == Kind.SHARE && value instanceof Double share) {
                            ws.value(r, c, share);
                            ws.style(r, c).format("0.0%").set();
                        } else if (value instanceof Number number) {
                            ws.value(r, c, number);
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
}
