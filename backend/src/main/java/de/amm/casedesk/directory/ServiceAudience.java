package de.amm.casedesk.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Whom an integration service is meant for. */
public enum ServiceAudience implements Coded {
    IMMIGRANTS("immigrants", "Zugewanderte", "Immigrants"),
    REFUGEES("refugees", "Geflüchtete", "Refugees"),
    WOMEN("women", "Frauen", "Women"),
    YOUNG_PEOPLE("young_people", "Junge Menschen bis 27", "Young people up to 27"),
    SKILLED_WORKERS(
            "skilled_workers",
            "Fachkräfte mit ausländischem Abschluss",
            "Skilled workers with a foreign" + " qualification"),
    EMPLOYERS("employers", "Arbeitgeber", "Employers");

    private final String code;
    private final Labels labels;

    ServiceAudience(String code, String de, String en) {
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
    public static ServiceAudience of(String code) {
        return Coded.of(ServiceAudience.class, code);
    }
}
