package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** How a contact took place. */
public enum Channel implements Coded {
    IN_PERSON("in_person", "Persönlich", "In person"),
    PHONE("phone", "Telefon", "Phone"),
    VIDEO("video", "Video", "Video"),
    MESSAGE("message", "Nachricht / E-Mail", "Message / e-mail");

    private final String code;
    private final Labels labels;

    Channel(String code, String de, String en) {
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
    public static Channel of(String code) {
        return Coded.of(Channel.class, code);
    }
}
