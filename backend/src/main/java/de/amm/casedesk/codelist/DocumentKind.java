package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** What a document of a mentee's case is. */
public enum DocumentKind implements Coded {
    CV("cv", "Lebenslauf", "CV"),
    CERTIFICATE(
            "certificate", "Zeugnis oder Nachweis (z. B. für die Anerkennung)", "Certificate (e.g. for recognition)"),
    CONSENT_FORM("consent_form", "Unterschriebene Einwilligung", "Signed consent form"),
    OTHER("other", "Sonstiges", "Other");

    private final String code;
    private final Labels labels;

    DocumentKind(String code, String de, String en) {
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
    public static DocumentKind of(String code) {
        return Coded.of(DocumentKind.class, code);
    }
}
