package de.amm.casedesk.dataprotection;

import de.amm.casedesk.codelist.Channel;
import de.amm.casedesk.codelist.ClosingReason;
import de.amm.casedesk.codelist.DocumentKind;
import de.amm.casedesk.codelist.FollowUpResult;
import de.amm.casedesk.codelist.Gender;
import de.amm.casedesk.codelist.GermanLevel;
import de.amm.casedesk.codelist.Nationalities;
import de.amm.casedesk.codelist.PlacementEndReason;
import de.amm.casedesk.codelist.PlacementType;
import de.amm.casedesk.codelist.Qualification;
import de.amm.casedesk.codelist.RecognitionStatus;
import de.amm.casedesk.codelist.ReferralSource;
import de.amm.casedesk.codelist.ResidenceStatus;
import de.amm.casedesk.codelist.Topic;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.dataprotection.SubjectAccessApi.Person;
import de.amm.casedesk.dataprotection.SubjectAccessApi.SubjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The answer to an access request as a readable German PDF: the person's record, the consent history, the case
 * work and every access, with codes in words. Names may use any Latin, Greek or Cyrillic letters: the font is
 * embedded.
 */
@ApplicationScoped
public class SubjectAccessDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Map<String, String> ACTIONS = Map.of(
            "create", "angelegt",
            "read", "gelesen",
            "update", "geändert",
            "delete", "gelöscht",
            "refused", "verweigert",
            "export", "ausgegeben",
            "erase", "anonymisiert",
            "withdraw", "widerrufen");
    private static final Map<String, String> RECORDS = Map.of(
            "mentee", "Stammdaten",
            "case", "Begleitung",
            "activity", "Kontakt",
            "placement", "Vermittlung",
            "follow_up", "Nachverfolgung",
            "referral", "Weitervermittlung",
            "document", "Dokument",
            "consent", "Einwilligung",
            "audit", "Protokoll");

    private final Clock clock;

    public SubjectAccessDocument(Clock clock) {
        this.clock = clock;
    }

    public byte[] pdf(SubjectAccess answer) {
        Font body = font("liberation/LiberationSans-Regular.ttf", 9);
        Font small = font("liberation/LiberationSans-Regular.ttf", 7.5f);
        Font bold = font("liberation/LiberationSans-Bold.ttf", 9);
        Font heading = font("liberation/LiberationSans-Bold.ttf", 12);
        Font title = font("liberation/LiberationSans-Bold.ttf", 15);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Auskunft nach Art. 15 DSGVO");
        document.open();
        Person person = answer.person();
        document.add(new Paragraph("Auskunft über die gespeicherten Daten (Art. 15 DSGVO)", title));
        document.add(new Paragraph(
                "Arbeitsmarktmentoren Sachsen, Fallverwaltung. Erstellt am " + moment(answer.producedAt())
                        + " von " + answer.producedBy() + ". Umfang: "
                        + (answer.complete()
                                ? "alle Projekte des Programms"
                                : "die Projekte "
                                        + answer.projects().stream()
                                                .map(Ref::name)
                                                .collect(Collectors.joining(", "))
                                        + " (eine Auskunft über alle Projekte erteilt die oder der"
                                        + " Datenschutzbeauftragte des Programms)")
                        + ".",
                small));

        section(document, "Angaben zur Person", heading);
        document.add(pairs(
                List.of(
                        pair("Vorname", person.firstName()),
                        pair("Nachname", person.lastName()),
                        pair("Kennung (Pseudonym)", person.pseudonym()),
                        pair("Geburtsdatum", day(person.birthDate())),
                        pair("Geburtsjahr", text(person.yearOfBirth())),
                        pair("Geschlecht", label(Gender.class, person.gender())),
                        pair(
                                "Staatsangehörigkeit",
                                person.nationality() == null
                                        ? null
                                        : Nationalities.labels(person.nationality())
                                                .de()),
                        pair("Telefon", person.phone()),
                        pair("E-Mail", person.email()),
                        pair("Anschrift", person.address()),
                        pair("Sprachen", String.join(", ", person.languages())),
                        pair("Notizen", person.notes()),
                        pair("Aufenthaltsstatus", label(ResidenceStatus.class, person.residenceStatus())),
                        pair("Berufsabschluss", label(Qualification.class, person.qualification())),
                        pair("Anerkennung", label(RecognitionStatus.class, person.recognitionStatus())),
                        pair("Deutschkenntnisse", label(GermanLevel.class, person.germanLevel())),
                        pair("Landkreis (AGS)", person.district()),
                        pair("Zugang über", label(ReferralSource.class, person.referralSource())),
                        pair("Erfasst von", person.registeringProject().name()),
                        pair("Erfasst am", moment(person.registeredAt())),
                        pair("Anonymisiert am", day(person.anonymisedOn()))),
                body,
                bold));

        section(document, "Einwilligungen", heading);
        document.add(table(
                List.of("Umfang", "Fassung", "Erteilt", "Widerrufen / ersetzt", "Erfasst von", "Formular"),
                answer.consents().stream()
                        .map(c -> List.of(
                                c.scope().labels().de(),
                                c.textVersion(),
                                day(c.givenOn()),
                                c.withdrawnOn() == null
                                        ? "in Kraft"
                                        : day(c.withdrawnOn()) + (c.supersededBy() != null ? " (ersetzt)" : ""),
                                c.recordedBy() == null ? "" : c.recordedBy().name(),
                                c.hasForm() ? "liegt vor" : ""))
                        .toList(),
                new float[] {4, 1.5f, 1.5f, 2, 2.5f, 1.2f},
                small,
                bold));

        section(document, "Begleitungen", heading);
        document.add(table(
                List.of("Projekt", "Beginn", "Ende", "Grund des Endes", "Mentor/in", "Weitere"),
                answer.cases().stream()
                        .map(c -> List.of(
                                c.project().name(),
                                day(c.startedOn()),
                                day(c.endedOn()),
                                label(ClosingReason.class, c.closingReason()),
                                text(c.leadMentor()),
                                String.join(", ", c.assistants())))
                        .toList(),
                new float[] {3, 1.5f, 1.5f, 2.5f, 2, 2},
                small,
                bold));

        section(document, "Kontakte", heading);
        document.add(table(
                List.of("Datum", "Projekt", "Art", "Min.", "Themen", "Mit", "Notiz"),
                answer.activities().stream()
                        .map(a -> List.of(
                                day(a.occurredOn()),
                                a.project().name(),
                                label(Channel.class, a.channel()),
                                String.valueOf(a.durationMinutes()),
                                a.topics().stream()
                                        .map(t -> label(Topic.class, t))
                                        .collect(Collectors.joining(", ")),
                                joinNonNull(a.mentor(), a.employer(), a.authority()),
                                text(a.note())))
                        .toList(),
                new float[] {1.4f, 2.2f, 1.4f, 0.8f, 2.6f, 2.2f, 3.4f},
                small,
                bold));

        section(document, "Vermittlungen in Arbeit und Ausbildung", heading);
        document.add(table(
                List.of("Projekt", "Art", "Arbeitgeber", "Beginn", "Ende", "Grund", "Std./Woche", "Tätigkeit"),
                answer.placements().stream()
                        .map(p -> List.of(
                                p.project().name(),
                                label(PlacementType.class, p.type()),
                                text(p.employer()),
                                day(p.startedOn()),
                                day(p.endedOn()),
                                label(PlacementEndReason.class, p.endReason()),
                                p.weeklyHours() == null
                                        ? ""
                                        : p.weeklyHours().toPlainString().replace('.', ','),
                                text(p.occupation())))
                        .toList(),
                new float[] {2.2f, 2, 2.2f, 1.4f, 1.4f, 1.8f, 1, 2},
                small,
                bold));

        section(document, "Nachverfolgungen", heading);
        document.add(table(
                List.of("Projekt", "Nach Monaten", "Fällig", "Geprüft", "Ergebnis", "Notiz"),
                answer.followUps().stream()
                        .map(f -> List.of(
                                f.project().name(),
                                String.valueOf(f.months()),
                                day(f.dueOn()),
                                day(f.checkedOn()),
                                label(FollowUpResult.class, f.result()),
                                text(f.note())))
                        .toList(),
                new float[] {2.5f, 1.2f, 1.4f, 1.4f, 2, 3.5f},
                small,
                bold));

        section(document, "Weitervermittlungen an andere Stellen", heading);
        document.add(table(
                List.of("Datum", "Projekt", "Stelle", "Anliegen", "Notiz"),
                answer.referrals().stream()
                        .map(r -> List.of(
                                day(r.referredOn()), r.project().name(), r.provider(), r.topic(), text(r.note())))
                        .toList(),
                new float[] {1.4f, 2.4f, 2.4f, 2.4f, 3.4f},
                small,
                bold));

        section(document, "Dokumente", heading);
        document.add(table(
                List.of("Abgelegt", "Projekt", "Art", "Datei", "Größe"),
                answer.documents().stream()
                        .map(d -> List.of(
                                moment(d.uploadedAt()),
                                d.project().name(),
                                label(DocumentKind.class, d.kind()),
                                d.fileName(),
                                (d.sizeBytes() + 1023) / 1024 + " KB"))
                        .toList(),
                new float[] {2, 2.4f, 2.4f, 3.4f, 1.2f},
                small,
                bold));

        section(document, "Zugriffe auf die Daten", heading);
        document.add(new Paragraph(
                "Jeder Zugriff auf die Daten wird protokolliert: wer, wann, über welches Projekt, auf welchen Teil.",
                small));
        document.add(table(
                List.of("Zeitpunkt", "Wer", "Rolle", "Vorgang", "Teil", "Über Projekt"),
                answer.accesses().stream()
                        .map(e -> List.of(
                                moment(e.occurredAt()),
                                text(e.actor()),
                                text(e.actorRoles()),
                                ACTIONS.getOrDefault(e.action(), e.action()),
                                RECORDS.getOrDefault(e.record(), e.record()),
                                text(e.readerProject())))
                        .toList(),
                new float[] {2, 2.5f, 1.8f, 1.5f, 1.8f, 2.5f},
                small,
                bold));
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, String text, Font heading) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private static PdfPTable pairs(List<String[]> rows, Font body, Font bold) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3});
        table.setWidthPercentage(100);
        for (String[] row : rows) {
            if (row[1] == null || row[1].isBlank()) {
                continue;
            }
            table.addCell(cell(row[0], bold));
            table.addCell(cell(row[1], body));
        }
        return table;
    }

    private static PdfPTable table(List<String> header, List<List<String>> rows, float[] widths, Font body, Font bold) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(h -> table.addCell(cell(h, bold)));
        if (rows.isEmpty()) {
            PdfPCell none = cell("Keine Einträge", body);
            none.setColspan(header.size());
            table.addCell(none);
        }
        rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, body))));
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        return cell;
    }

    private static String[] pair(String label, String value) {
        return new String[] {label, value};
    }

    private static Font font(String resource, float size) {
        try {
            return new Font(BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E extends Enum<E> & Coded> String label(Class<E> type, String code) {
        if (code == null) {
            return "";
        }
        try {
            return Coded.of(type, code).labels().de();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String joinNonNull(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(clock.getZone()));
    }
}
