package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/**
 * What a mentee consents to, scope by scope. Case work needs counselling; passing data to the Jobcenter or the
 * Agentur für Arbeit, to employers, to other services, or to another project of the programme needs its own scope
 * (docs/gdpr.md).
 */
public enum ConsentScope implements Coded {
    COUNSELLING(
            "counselling",
            "Beratung und Begleitung (Verarbeitung der Daten im Projekt)",
            "Counselling and mentoring (processing in the project)"),
    JOBCENTER(
            "jobcenter",
            "Austausch mit Jobcenter, Agentur für Arbeit und Behörden",
            "Exchange with the Jobcenter, the Agentur für Arbeit and authorities"),
    EMPLOYERS("employers", "Weitergabe an Arbeitgeber", "Passing data to employers"),
    REFERRAL("referral", "Vermittlung an andere Beratungsstellen", "Referral to other services"),
    TRANSFER("transfer", "Übergabe an ein anderes Projekt des Programms", "Transfer to another project");

    private final String code;
    private final Labels labels;

    ConsentScope(String code, String de, String en) {
        this.code = code;
        this.labels = new Labels(de, en);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @JsonCreator
    public static ConsentScope of(String code) {
        return Coded.of(ConsentScope.class, code);
    }
}
