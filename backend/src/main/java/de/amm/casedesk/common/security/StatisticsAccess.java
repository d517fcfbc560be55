package de.amm.casedesk.common.security;

/**
 * Whose figures a caller sees, decided by {@link ProjectAccess}: the projects (all for the coordination entity and
 * the ministry, their own for project staff) and whether counts are exact or released under disclosure control
 * (the ministry and the public).
 */
public record StatisticsAccess(ProjectScope projects, boolean exact) {

    public static final StatisticsAccess PUBLIC = new StatisticsAccess(ProjectScope.ALL, false);

    public boolean nationwide() {
        return projects.all();
    }
}
