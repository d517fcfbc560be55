package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Highest qualification. */
public enum Qualification implements Coded {
    NONE("none", "Kein Berufsabschluss", "No vocational qualification"),
    VOCATIONAL_ABROAD("vocational_abroad", "Berufsabschluss im Ausland", "Vocational qualification abroad"),
    ACADEMIC_ABROAD("academic_abroad", "Hochschulabschluss im Ausland", "Academic degree abroad"),
    GERMAN_VOCATIONAL("german_vocational", "Deutscher Berufsabschluss", "German vocational qualification"),
    GERMAN_ACADEMIC("german_academic", "Deutscher Hochschulabschluss", "German academic degree");

    private final String code;
    private final Labels labels;

    Qualification(String code, String de, String en) {
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
    public static Qualification of(String code) {
        return Coded.of(Qualification.class, code);
    }
}
