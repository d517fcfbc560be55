package de.amm.casedesk.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The case periods of mentees per project, to flag activities and placements dated outside every case
 * (allowed, but shown as such). Derived when read, so that a changed case date never leaves stale flags.
 */
public final class CaseSpans {

    record Key(UUID menteeId, UUID projectId) {}

    record Span(LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private final Map<Key, List<Span>> spans;

    CaseSpans(Map<Key, List<Span>> spans) {
        this.spans = spans;
    }

    /** Whether a record of this mentee in this project, dated on this day, lies outside every case. */
    public boolean outside(UUID menteeId, UUID projectId, LocalDate day) {
        if (menteeId == null || day == null) {
            return false;
        }
        return spans.getOrDefault(new Key(menteeId, projectId), List.of()).stream()
                .noneMatch(span -> span.covers(day));
    }
}
