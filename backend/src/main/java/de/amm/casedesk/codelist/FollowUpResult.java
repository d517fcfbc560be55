package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Result of a follow-up. */
public enum FollowUpResult implements Coded {
    STILL_THERE("still_there", "Noch in Beschäftigung / Ausbildung", "Still in the job or training"),
    LEFT("left", "Nicht mehr dort", "Left"),
    NOT_REACHABLE("not_reachable", "Nicht erreichbar", "Not reachable");

    private final String code;
    private final Labels labels;

    FollowUpResult(String code, String de, String en) {
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
    public static FollowUpResult of(String code) {
        return Coded.of(FollowUpResult.class, code);
    }
}
