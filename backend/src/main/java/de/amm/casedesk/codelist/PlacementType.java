package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Kind of placement. */
public enum PlacementType implements Coded {
    EMPLOYMENT("employment", "Sozialversicherungspflichtige Beschäftigung", "Employment subject to social insurance"),
    VOCATIONAL_TRAINING("vocational_training", "Ausbildung", "Vocational training"),
    SELF_EMPLOYMENT("self_employment", "Selbstständigkeit", "Self-employment"),
    MARGINAL_EMPLOYMENT("marginal_employment", "Geringfügige Beschäftigung (Minijob)", "Marginal employment (Minijob)"),
    ENTRY_QUALIFICATION("entry_qualification", "Einstiegsqualifizierung (EQ)", "Entry qualification (EQ)"),
    INTERNSHIP("internship", "Praktikum", "Internship");

    private final String code;
    private final Labels labels;

    PlacementType(String code, String de, String en) {
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

    /**
     * Whether a placement of this type counts as "placed in work or vocational training" in the key results:
     * employment subject to social insurance, vocational training and self-employment do; marginal
     * employment, entry qualification and internship are recorded and reported separately.
     */
    public boolean counts() {
        return this == EMPLOYMENT || this == VOCATIONAL_TRAINING || this == SELF_EMPLOYMENT;
    }

    @JsonCreator
    public static PlacementType of(String code) {
        return Coded.of(PlacementType.class, code);
    }
}
