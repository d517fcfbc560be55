package de.amm.casedesk.statistics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Labels;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.statistics.StatisticsRepository.Grouping;
import de.amm.casedesk.statistics.StatisticsRepository.PlacementGrouping;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dimensions of {@code GET /statistics/breakdown}, one registry: each carries its code (API, exports), its
 * titles, what kind of figures it breaks down, how the repository groups the records and how the groups are
 * labelled. A new dimension is one entry here.
 */
@Schema(
        name = "Dimension",
        type = SchemaType.STRING,
        description = "What a breakdown groups the figures by",
        enumeration = {
            "project",
            "district",
            "quarter",
            "year",
            "phase",
            "gender",
            "ageGroup",
            "nationality",
            "residenceStatus",
            "qualification",
            "placementType",
            "employerSector",
            "topic",
            "followUp",
            "referralOutcome"
        })
public enum Dimension {
    PROJECT("project", "Projekte", "Projects", Kind.KEY_RESULTS, Grouping.EACH_PROJECT, null, Labelled.PROJECT),
    DISTRICT("district", "Landkreise", "Districts", Kind.KEY_RESULTS, Grouping.DISTRICT, null, Labelled.DISTRICT),
    QUARTER("quarter", "Quartale", "Quarters", Kind.KEY_RESULTS_BY_PERIOD, null, null, Labelled.PERIOD),
    YEAR("year", "Jahre", "Years", Kind.KEY_RESULTS_BY_PERIOD, null, null, Labelled.PERIOD),
    PHASE("phase", "Förderphasen", "Funding phases", Kind.KEY_RESULTS_BY_PERIOD, null, null, Labelled.PERIOD),
    GENDER(
            "gender",
            "Geschlecht",
            "Gender",
            Kind.KEY_RESULTS,
            Grouping.attribute("gender", "gender"),
            null,
            Labelled.GENDER),
    AGE_GROUP(
            "ageGroup",
            "Altersgruppen",
            "Age groups",
            Kind.KEY_RESULTS,
            Grouping.attribute("birth_year", "year_of_birth"),
            null,
            Labelled.AGE_GROUP),
    NATIONALITY(
            "nationality",
            "Staatsangehörigkeit",
            "Nationality",
            Kind.KEY_RESULTS,
            Grouping.attribute("nationality", "nationality"),
            null,
            Labelled.NATIONALITY),
    RESIDENCE_STATUS(
            "residenceStatus",
            "Aufenthaltsstatus",
            "Residence status",
            Kind.KEY_RESULTS,
            Grouping.attribute("residence_status", "residence_status"),
            null,
            Labelled.RESIDENCE_STATUS),
    QUALIFICATION(
            "qualification",
            "Abschluss",
            "Qualification",
            Kind.KEY_RESULTS,
            Grouping.attribute("qualification", "qualification"),
            null,
            Labelled.QUALIFICATION),
    PLACEMENT_TYPE(
            "placementType",
            "Vermittlungsart",
            "Placement type",
            Kind.PLACEMENTS,
            null,
            PlacementGrouping.TYPE,
            Labelled.PLACEMENT_TYPE),
    EMPLOYER_SECTOR(
            "employerSector",
            "Branchen",
            "Employer sectors",
            Kind.PLACEMENTS,
            null,
            PlacementGrouping.EMPLOYER_SECTOR,
            Labelled.SECTOR),
    TOPIC("topic", "Themen", "Topics", Kind.ACTIVITIES, null, null, Labelled.TOPIC),
    FOLLOW_UP("followUp", "Verbleib", "Follow-ups", Kind.FOLLOW_UPS, null, null, Labelled.FOLLOW_UP),
    REFERRAL_OUTCOME(
            "referralOutcome",
            "Weitervermittlungen",
            "Referrals",
            Kind.REFERRALS,
            null,
            null,
            Labelled.REFERRAL_OUTCOME);

    /** What a dimension breaks down. */
    enum Kind {
        /** the four key results per group of mentees (or per project, per district) */
        KEY_RESULTS,
        /** the four key results per period */
        KEY_RESULTS_BY_PERIOD,
        /** placements of every type */
        PLACEMENTS,
        /** activities by topic */
        ACTIVITIES,
        /** follow-ups by result */
        FOLLOW_UPS,
        /** referrals by outcome */
        REFERRALS
    }

    /** Where a group's label comes from. */
    enum Labelled {
        PROJECT,
        DISTRICT,
        PERIOD,
        GENDER,
        AGE_GROUP,
        NATIONALITY,
        RESIDENCE_STATUS,
        QUALIFICATION,
        PLACEMENT_TYPE,
        SECTOR,
        TOPIC,
        FOLLOW_UP,
        REFERRAL_OUTCOME
    }

    final String code;
    final Labels title;
    final Kind kind;
    /** For {@link Kind#KEY_RESULTS}: how the repository groups the key results. */
    final Grouping grouping;
    /** For {@link Kind#PLACEMENTS}: what placements are grouped by. */
    final PlacementGrouping placementGrouping;

    final Labelled labelled;

    Dimension(
            String code,
            String titleDe,
            String titleEn,
            Kind kind,
            Grouping grouping,
            PlacementGrouping placementGrouping,
            Labelled labelled) {
        this.code = code;
        this.title = new Labels(titleDe, titleEn);
        this.kind = kind;
        this.grouping = grouping;
        this.placementGrouping = placementGrouping;
        this.labelled = labelled;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Labels title() {
        return title;
    }

    /** The figures of a breakdown by this dimension add up to a total row (not so for periods). */
    boolean hasTotal() {
        return kind == Kind.KEY_RESULTS;
    }

    @JsonCreator
    public static Dimension of(String code) {
        return Arrays.stream(values())
                .filter(d -> d.code.equals(code))
                .findFirst()
                .orElseThrow(() -> ApiException.invalid(FieldRule.ONE_OF.on(
                        "dimension",
                        "allowed",
                        Arrays.stream(values()).map(d -> d.code).collect(Collectors.joining(", ")))));
    }
}
