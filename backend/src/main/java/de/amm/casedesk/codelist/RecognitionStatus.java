package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Recognition of a foreign qualification. */
public enum RecognitionStatus implements Coded {
    NOT_APPLICABLE("not_applicable", "Nicht zutreffend", "Not applicable"),
    NOT_STARTED("not_started", "Noch nicht beantragt", "Not applied for yet"),
    IN_PROGRESS("in_progress", "Verfahren läuft", "In progress"),
    PARTIAL("partial", "Teilweise anerkannt", "Partly recognised"),
    FULL("full", "Voll anerkannt", "Fully recognised"),
    REJECTED("rejected", "Abgelehnt", "Rejected");

    private final String code;
    private final Labels labels;

    RecognitionStatus(String code, String de, String en) {
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
    public static RecognitionStatus of(String code) {
        return Coded.of(RecognitionStatus.class, code);
    }
}
