package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Employer size class (employees). */
public enum SizeClass implements Coded {
    MICRO("micro", "Kleinstunternehmen (unter 10)", "Micro (under 10)"),
    SMALL("small", "Kleines Unternehmen (10–49)", "Small (10–49)"),
    MEDIUM("medium", "Mittleres Unternehmen (50–249)", "Medium (50–249)"),
    LARGE("large", "Großunternehmen (250 und mehr)", "Large (250 and more)");

    private final String code;
    private final Labels labels;

    SizeClass(String code, String de, String en) {
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
    public static SizeClass of(String code) {
        return Coded.of(SizeClass.class, code);
    }
}
