package de.amm.casedesk.common.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The production profile refuses to start with the local demo's settings: a known demo secret, a Keycloak issuer
 * or a CORS origin on localhost or without TLS, demo data, or a pinned clock. It names every setting that is wrong.
 * The local scripts and the Docker demo run the {@code local} profile, which skips this check.
 */
@ApplicationScoped
public class ProductionReadiness {

    private static final Logger LOG = Logger.getLogger(ProductionReadiness.class);

    /** Secrets that ship with the repository (.env, the demo realm, docker-compose.yml). */
    static final Set<String> DEMO_SECRETS =
            Set.of("amm", "amm_app", "postgres", "demo", "admin", "amm-backend-local-secret", "changeme", "secret");

    void check(@Observes @Priority(1) StartupEvent started, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.isProfileActive("prod")) {
            return;
        }
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            String message = "Refusing to start in production:\n  - " + String.join("\n  - ", problems)
                    + "\nSee docs/operations.md (deployment checklist).";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /** What is wrong with these settings for production; empty when nothing is. */
    static List<String> problems(Function<String, Optional<String>> setting) {
        List<String> problems = new ArrayList<>();
        secret(setting, problems, "quarkus.datasource.password", "AMM_DB_APP_PASSWORD");
        secret(setting, problems, "quarkus.datasource.migrations.password", "AMM_DB_PASSWORD");
        secret(setting, problems, "quarkus.keycloak.admin-client.client-secret", "AMM_BACKEND_CLIENT_SECRET");
        String issuer = setting.apply("mp.jwt.verify.issuer").orElse("");
        if (local(issuer) || !issuer.startsWith("https://")) {
            problems.add(
                    "the token issuer (AMM_KEYCLOAK_URL) must be the public https address of Keycloak, not " + issuer);
        }
        for (String origin :
                setting.apply("quarkus.http.cors.origins").orElse("").split(",")) {
            if (origin.isBlank()) {
                continue;
            }
            if (local(origin) || origin.strip().equals("*") || !origin.strip().startsWith("https://")) {
                problems.add("CORS origin (AMM_CORS_ORIGINS) must be the web app's public https address, not "
                        + origin.strip());
            }
        }
        if (setting.apply("amm.demo-data.enabled").map(Boolean::parseBoolean).orElse(false)) {
            problems.add("demo data is enabled (AMM_DEMO_DATA)");
        }
        if (setting.apply("amm.clock.starts-at").filter(s -> !s.isBlank()).isPresent()) {
            problems.add("the clock is pinned (AMM_CLOCK_STARTS_AT); production runs on the real time");
        }
        return problems;
    }

    private static void secret(
            Function<String, Optional<String>> setting, List<String> problems, String name, String variable) {
        String value = setting.apply(name).orElse("");
        if (value.isBlank() || DEMO_SECRETS.contains(value) || value.length() < 12) {
            problems.add(name + " (" + variable + ") is a demo value or shorter than 12 characters");
        }
    }

    private static boolean local(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.contains("localhost") || lower.contains("127.0.0.1") || lower.contains("[::1]");
    }
}
