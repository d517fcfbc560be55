package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Gender (reporting attribute). */
public enum Gender implements Coded {
    FEMALE("female", "weiblich", "female"),
    MALE("male", "männlich", "male"),
    DIVERSE("diverse", "divers", "diverse"),
    NOT_STATED("not_stated", "keine Angabe", "not stated");

    private final String code;
    private final Labels labels;

    Gender(String code, String de, String en) {
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
    public static Gender of(String code) {
        return Coded.of(Gender.class, code);
    }
}
