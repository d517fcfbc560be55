package de.amm.casedesk.demo;

import java.util.List;
import java.util.UUID;

/**
 * The demo accounts of keycloak/amm-realm.json (same user ids), and where they work. The README lists
 * them; every password is "demo".
 */
final class DemoAccounts {

    private DemoAccounts() {}

    record DemoAccount(String keycloakUserId, String username, String name, UUID projectId, String projectRole) {}

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount(
                    "d0000000-0000-4000-8000-000000000001",
                    "mentor.leipzig",
                    "Lena Hoffmann",
                    DemoProjects.LEIPZIG,
                    "mentor"),
            new DemoAccount(
                    "d0000000-0000-4000-8000-000000000002",
                    "mentor.dresden",
                    "Yusuf Demir",
                    DemoProjects.DRESDEN,
                    "mentor"),
            new DemoAccount(
                    "d0000000-0000-4000-8000-000000000003",
                    "lead.leipzig",
                    "Katrin Weber",
                    DemoProjects.LEIPZIG,
                    "project_lead"),
            new DemoAccount(
                    "d0000000-0000-4000-8000-000000000010",
                    "service-account-amm-integration-leipzig",
                    "Integration Leipzig (Fachverfahren)",
                    DemoProjects.LEIPZIG,
                    "integration"));
}
