package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** How the mentee came to the project. */
public enum ReferralSource implements Coded {
    JOBCENTER("jobcenter", "Jobcenter", "Jobcenter"),
    EMPLOYMENT_AGENCY("employment_agency", "Agentur für Arbeit", "Employment agency"),
    IMMIGRATION_OFFICE("immigration_office", "Ausländerbehörde", "Immigration office"),
    MIGRATION_COUNSELLING("migration_counselling", "Migrationsberatung", "Migration counselling"),
    EMPLOYER("employer", "Arbeitgeber", "Employer"),
    SELF("self", "Eigeninitiative", "On their own"),
    OTHER("other", "Sonstige", "Other");

    private final String code;
    private final Labels labels;

    ReferralSource(String code, String de, String en) {
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
    public static ReferralSource of(String code) {
        return Coded.of(ReferralSource.class, code);
    }
}
