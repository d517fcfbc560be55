package de.amm.casedesk.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** What kind of body offers an integration service. */
public enum ServiceKind implements Coded {
    JOBCENTER("jobcenter", "Jobcenter", "Jobcenter"),
    EMPLOYMENT_AGENCY("employment_agency", "Agentur für Arbeit", "Employment agency"),
    RECOGNITION_COUNSELLING(
            "recognition_counselling", "Anerkennungsberatung (IHK/HWK)", "Recognition counselling (IHK/HWK)"),
    IQ_NETWORK("iq_network", "IQ Netzwerk", "IQ network"),
    MIGRATION_COUNSELLING("migration_counselling", "Migrationsberatung (MBE/JMD)", "Migration counselling (MBE/JMD)"),
    LANGUAGE_COURSE("language_course", "Sprachkurs", "Language course"),
    IMMIGRATION_OFFICE("immigration_office", "Ausländerbehörde", "Immigration office");

    private final String code;
    private final Labels labels;

    ServiceKind(String code, String de, String en) {
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
    public static ServiceKind of(String code) {
        return Coded.of(ServiceKind.class, code);
    }
}
