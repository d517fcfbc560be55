package de.amm.casedesk.mentee;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the mentee list; all optional. */
public record MenteeFilter(
        UUID projectId,
        String status,
        UUID leadMentorId,
        String district,
        String placementType,
        LocalDate followUpDueBefore,
        String nameContains) {}
