package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** German language level (CEFR). */
public enum GermanLevel implements Coded {
    NONE("none", "Keine Deutschkenntnisse", "No German"),
    A1("a1", "A1", "A1"),
    A2("a2", "A2", "A2"),
    B1("b1", "B1", "B1"),
    B2("b2", "B2", "B2"),
    C1("c1", "C1", "C1"),
    C2("c2", "C2", "C2");

    private final String code;
    private final Labels labels;

    GermanLevel(String code, String de, String en) {
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
    public static GermanLevel of(String code) {
        return Coded.of(GermanLevel.class, code);
    }
}
