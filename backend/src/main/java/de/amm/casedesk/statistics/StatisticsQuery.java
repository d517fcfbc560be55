package de.amm.casedesk.statistics;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What figures are asked for: a period (both days included) and filters. {@code projects} empty means
 * all projects; otherwise the figures are restricted to those projects.
 */
public record StatisticsQuery(
        LocalDate from,
        LocalDate to,
        Set<UUID> projects,
        Set<String> districts,
        boolean women,
        boolean withoutQualification) {

    public boolean allProjects() {
        return projects.isEmpty();
    }
}
