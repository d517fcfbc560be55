package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Why a placement ended. */
public enum PlacementEndReason implements Coded {
    CONTRACT_ENDED("contract_ended", "Befristung ausgelaufen", "Fixed term ended"),
    RESIGNED("resigned", "Eigene Kündigung", "Resigned"),
    DISMISSED("dismissed", "Kündigung durch Arbeitgeber", "Dismissed"),
    TRAINING_COMPLETED("training_completed", "Ausbildung abgeschlossen", "Training completed"),
    TRAINING_ABORTED("training_aborted", "Ausbildung abgebrochen", "Training aborted"),
    OTHER("other", "Sonstiges", "Other");

    private final String code;
    private final Labels labels;

    PlacementEndReason(String code, String de, String en) {
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
    public static PlacementEndReason of(String code) {
        return Coded.of(PlacementEndReason.class, code);
    }
}
