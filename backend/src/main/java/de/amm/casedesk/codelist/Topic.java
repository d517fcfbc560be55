package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Topic of a contact. */
public enum Topic implements Coded {
    JOB_SEARCH("job_search", "Arbeitssuche", "Job search"),
    APPLICATIONS("applications", "Bewerbungen", "Applications"),
    RECOGNITION("recognition", "Anerkennung von Abschlüssen", "Recognition of qualifications"),
    LANGUAGE_COURSE("language_course", "Sprachkurs", "Language course"),
    VOCATIONAL_TRAINING("vocational_training", "Ausbildung", "Vocational training"),
    RESIDENCE_LAW("residence_law", "Aufenthaltsrecht", "Residence law"),
    CHILDCARE("childcare", "Kinderbetreuung", "Childcare"),
    HOUSING("housing", "Wohnen", "Housing"),
    AUTHORITY_ACCOMPANIMENT("authority_accompaniment", "Begleitung zu Behörden", "Accompaniment to authorities"),
    EMPLOYER_ADVICE("employer_advice", "Arbeitgeberberatung", "Employer advice"),
    SOCIAL_BENEFITS("social_benefits", "Sozialleistungen", "Social benefits"),
    HEALTH("health", "Gesundheit", "Health"),
    OTHER("other", "Sonstiges", "Other");

    private final String code;
    private final Labels labels;

    Topic(String code, String de, String en) {
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
    public static Topic of(String code) {
        return Coded.of(Topic.class, code);
    }
}
