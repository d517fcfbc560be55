package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Why a case was closed. */
public enum ClosingReason implements Coded {
    PLACED_STABLE("placed_stable", "Vermittelt und stabil", "Placed and stable"),
    MOVED_AWAY("moved_away", "Weggezogen", "Moved away"),
    UNREACHABLE("unreachable", "Nicht mehr erreichbar", "No longer reachable"),
    NO_LONGER_WANTED("no_longer_wanted", "Keine Begleitung mehr gewünscht", "No longer wanted"),
    CONSENT_WITHDRAWN("consent_withdrawn", "Einwilligung widerrufen", "Consent withdrawn"),
    TRANSFERRED("transferred", "An ein anderes Projekt übergeben", "Transferred to another project"),
    OTHER("other", "Sonstiges", "Other");

    private final String code;
    private final Labels labels;

    ClosingReason(String code, String de, String en) {
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
    public static ClosingReason of(String code) {
        return Coded.of(ClosingReason.class, code);
    }
}
