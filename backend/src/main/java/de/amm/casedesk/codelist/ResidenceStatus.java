package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Residence status. */
public enum ResidenceStatus implements Coded {
    ASYLUM_SEEKER("asylum_seeker", "Aufenthaltsgestattung (Asylverfahren)", "Asylum seeker (Aufenthaltsgestattung)"),
    TOLERATED("tolerated", "Duldung", "Tolerated (Duldung)"),
    HUMANITARIAN(
            "humanitarian",
            "Aufenthaltserlaubnis aus humanitären Gründen (inkl. § 24 AufenthG)",
            "Humanitarian residence permit (incl. temporary protection, § 24)"),
    OTHER_PERMIT("other_permit", "Sonstige Aufenthaltserlaubnis", "Other residence permit"),
    SETTLEMENT_PERMIT("settlement_permit", "Niederlassungserlaubnis", "Settlement permit"),
    EU_FREE_MOVEMENT("eu_free_movement", "EU-Freizügigkeit", "EU free movement"),
    GERMAN_CITIZEN("german_citizen", "Deutsche Staatsangehörigkeit", "German citizen"),
    OTHER_UNKNOWN("other_unknown", "Sonstiges / ungeklärt", "Other / unknown");

    private final String code;
    private final Labels labels;

    ResidenceStatus(String code, String de, String en) {
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
    public static ResidenceStatus of(String code) {
        return Coded.of(ResidenceStatus.class, code);
    }
}
