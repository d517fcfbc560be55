package de.amm.casedesk.statistics;

import de.amm.casedesk.statistics.BreakdownExport.Sheet;
import de.amm.casedesk.statistics.BreakdownExport.Table;
import de.amm.casedesk.statistics.ReportApi.ReportView;
import de.amm.casedesk.statistics.StatisticsApi.KeyResults;
import de.amm.casedesk.statistics.StatisticsApi.MenteeFigure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A quarterly report as a PDF (OpenPDF) and as a workbook (through {@link BreakdownExport}). */
@ApplicationScoped
public class ReportDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final BreakdownExport export;

    public ReportDocument(BreakdownExport export) {
        this.export = export;
    }

    public byte[] xlsx(ReportView report) {
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new Sheet("Kennzahlen", keyResults(report)));
        report.content()
                .breakdowns()
                .forEach(b -> sheets.add(new Sheet(b.dimension().title().de(), export.table(b))));
        return export.xlsx(sheets, heading(report), true);
    }

    public byte[] pdf(ReportView report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        document.add(new Paragraph(heading(report), title));
        document.add(new Paragraph(
                "Definitionen Version " + report.summary().definitionVersion() + ". " + BreakdownExport.LEGEND,
                FontFactory.getFont(FontFactory.HELVETICA, 8)));
        document.add(new Paragraph("Kennzahlen", heading));
        document.add(table(keyResults(report)));
        for (var breakdown : report.content().breakdowns()) {
            document.add(new Paragraph(breakdown.dimension().title().de(), heading));
            document.add(table(export.table(breakdown)));
        }
        document.close();
        return out.toByteArray();
    }

    private static String heading(ReportView report) {
        var s = report.summary();
        return "Arbeitsmarktmentoren – Quartalsbericht " + s.quarter() + "/" + s.year() + " (Version " + s.version()
                + ", " + DAY.format(s.periodFrom()) + " bis " + DAY.format(s.periodTo()) + ")";
    }

    private static Table keyResults(ReportView report) {
        List<List<Object>> rows = new ArrayList<>();
        addKeyRows(rows, "Quartal", report.content().quarter());
        addKeyRows(rows, "Seit 1.1.2020", report.content().cumulative());
        return new Table(
                List.of("Zeitraum", "Kennzahl", "Gesamt", "davon weiblich", "Frauenanteil (%)"),
                List.of(
                        BreakdownExport.Kind.TEXT,
                        BreakdownExport.Kind.TEXT,
                        BreakdownExport.Kind.COUNT,
                        BreakdownExport.Kind.COUNT,
                        BreakdownExport.Kind.SHARE),
                rows);
    }

    private static void addKeyRows(List<List<Object>> rows, String period, KeyResults k) {
        rows.add(menteeRow(period, "Betreute Teilnehmende", k.menteesSupported()));
        rows.add(java.util.Arrays.asList(
                period, "Betreute Arbeitgeber", k.employersSupported().total(), null, null));
        rows.add(menteeRow(period, "In Arbeit/Ausbildung vermittelt", k.menteesPlaced()));
        rows.add(menteeRow(period, "Nachhaltig integriert", k.menteesSustainablyIntegrated()));
    }

    private static List<Object> menteeRow(String period, String name, MenteeFigure f) {
        return java.util.Arrays.asList(
                period, name, f.total().json(), f.female().json(), f.femaleShare());
    }

    /**
     * A table for people: names in the first, widest column, the machine keys left out, shares in percent; words
     * wrap between words.
     */
    private static PdfPTable table(Table table) {
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < table.headings().size(); c++) {
            if (table.kinds().get(c) != BreakdownExport.Kind.KEY) {
                shown.add(c);
            }
        }
        PdfPTable pdf = new PdfPTable(shown.size());
        float[] widths = new float[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            widths[i] = table.kinds().get(shown.get(i)) == BreakdownExport.Kind.TEXT ? 3.5f : 1.2f;
        }
        pdf.setWidths(widths);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(10);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 7);
        for (int c : shown) {
            pdf.addCell(new PdfPCell(new Phrase(table.headings().get(c), bold)));
        }
        for (List<Object> row : table.rows()) {
            for (int c : shown) {
                Object value = row.get(c);
                BreakdownExport.Kind kind = table.kinds().get(c);
                String text = value == null
                        ? ""
                        : kind == BreakdownExport.Kind.SHARE && value instanceof Double share
                                ? BreakdownExport.percent(share).toPlainString().replace('.', ',') + " %"
                                : value.toString();
                PdfPCell cell = new PdfPCell(new Phrase(text, plain));
                if (kind != BreakdownExport.Kind.TEXT) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        pdf.setHeaderRows(1);
        return pdf;
    }
}
