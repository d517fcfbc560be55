package de.amm.casedesk.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production realm (keycloak/make-production-realm writes it from the demo realm) has the demo's roles and
 * clients, no people, and the production settings. Importing it into Keycloak 26.5 was tried: the coordinator
 * must set up OTP at the first login, a mentor logs in with the password alone.
 */
class ProductionRealmTest {

    static final Path DEMO = Path.of("../keycloak/amm-realm.json");
    static final Path PRODUCTION = Path.of("../keycloak/amm-realm-production.json");
    static final Set<String> PRIVILEGED =
            Set.of("project_lead", "coordinator", "ministry", "admin", "data_protection_officer");

    static JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(Files.readString(file));
    }

    static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.get(field).asText()));
        return names;
    }

    @Test
    void sameRolesAndClientsAsTheDemoButNoPeople() throws IOException {
        JsonNode demo = read(DEMO);
        JsonNode production = read(PRODUCTION);
        Set<String> roles = names(demo.at("/roles/realm"), "name");
        roles.add("otp_required");
        assertThat(names(production.at("/roles/realm"), "name")).isEqualTo(roles);
        assertThat(names(production.get("clients"), "clientId")).isEqualTo(names(demo.get("clients"), "clientId"));
        production
                .get("users")
                .forEach(user -> assertThat(user.has("serviceAccountClientId"))
                        .as(user.get("username").asText())
                        .isTrue());
    }

    @Test
    void passwordsBruteForceTlsAndShortTokens() throws IOException {
        JsonNode realm = read(PRODUCTION);
        assertThat(realm.get("passwordPolicy").asText()).contains("length(12)", "passwordHistory");
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("failureFactor").asInt()).isLessThanOrEqualTo(5);
        assertThat(realm.get("sslRequired").asText()).isEqualTo("all");
        assertThat(realm.get("accessTokenLifespan").asInt()).isLessThanOrEqualTo(300);
        assertThat(realm.get("registrationAllowed").asBoolean()).isFalse();
    }

    @Test
    void everyRoleBeyondTheMentorsNeedsAOneTimePassword() throws IOException {
        JsonNode realm = read(PRODUCTION);
        for (JsonNode role : realm.at("/roles/realm")) {
            boolean needsOtp = role.path("composites").path("realm").toString().contains("otp_required");
            assertThat(needsOtp)
                    .as(role.get("name").asText())
                    .isEqualTo(PRIVILEGED.contains(role.get("name").asText()));
        }
        String browser = realm.get("browserFlow").asText();
        List<String> steps = new ArrayList<>();
        collect(realm, browser, steps);
        assertThat(steps).containsSubsequence("auth-username-password-form", "conditional-user-role", "auth-otp-form");
        assertThat(realm.get("authenticatorConfig").toString()).contains("\"condUserRole\":\"otp_required\"");
    }

    @Test
    void secretsAndAddressesComeFromTheEnvironmentWithoutDefaults() throws IOException {
        String text = Files.readString(PRODUCTION);
        Matcher placeholder = Pattern.compile("\\$\\{([^}]*)}").matcher(text);
        int found = 0;
        while (placeholder.find()) {
            assertThat(placeholder.group(1))
                    .as("placeholder without a local default")
                    .doesNotContain(":");
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(3);
        assertThat(text).doesNotContain("localhost").doesNotContain("\"demo\"").doesNotContain("local-secret");
        JsonNode realm = read(PRODUCTION);
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().startsWith("amm-integration-")) {
                assertThat(client.get("clientAuthenticatorType").asText()).isEqualTo("client-jwt");
                assertThat(client.has("secret")).isFalse();
            }
        }
    }

    @Test
    void theBackendsServiceAccountManagesUsersOnly() throws IOException {
        JsonNode realm = read(PRODUCTION);
        for (JsonNode user : realm.get("users")) {
            if ("amm-backend".equals(user.path("serviceAccountClientId").asText())) {
                Set<String> granted = new TreeSet<>();
                user.at("/clientRoles/realm-management").forEach(r -> granted.add(r.asText()));
                assertThat(granted)
                        .containsExactlyInAnyOrder("query-users", "view-users", "manage-users", "view-realm");
                assertThat(user.path("realmRoles").toString()).doesNotContain("admin");
            }
        }
    }

    private static void collect(JsonNode realm, String flow, List<String> steps) {
        for (JsonNode candidate : realm.get("authenticationFlows")) {
            if (!candidate.get("alias").asText().equals(flow)) {
                continue;
            }
            for (JsonNode execution : candidate.get("authenticationExecutions")) {
                if (execution.has("flowAlias")) {
                    collect(realm, execution.get("flowAlias").asText(), steps);
                } else {
                    steps.add(execution.get("authenticator").asText());
                }
            }
        }
    }
}
