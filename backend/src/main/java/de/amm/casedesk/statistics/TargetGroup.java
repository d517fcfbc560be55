package de.amm.casedesk.statistics;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The target groups a statistic can be limited to; the codes are checked in {@link StatisticsService}. */
@Schema(
        name = "TargetGroup",
        type = SchemaType.STRING,
        enumeration = {"women", "withoutQualification"},
        description = "women: female mentees; withoutQualification: mentees without a vocational qualification")
interface TargetGroup {}
