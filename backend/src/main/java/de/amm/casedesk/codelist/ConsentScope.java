package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** What the mentee consented to. */
public enum ConsentScope implements Coded {
    MENTORING("mentoring", "Verarbeitung für die Begleitung", "Processing for the mentoring"),
    EMPLOYER_CONTACT("employer_contact", "Weitergabe an Arbeitgeber", "Sharing with employers"),
    AUTHORITY_CONTACT("authority_contact", "Austausch mit Behörden", "Exchange with authorities"),
    STATISTICS("statistics", "Auswertung für die Programmstatistik", "Programme statistics");

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
