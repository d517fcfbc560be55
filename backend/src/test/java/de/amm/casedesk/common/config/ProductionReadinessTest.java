package de.amm.casedesk.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The production profile names every demo setting it finds, and accepts a proper production setup. */
class ProductionReadinessTest {

    static Map<String, String> production() {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.password", "v9Hq-3kLw-Zt82-pXe1");
        settings.put("quarkus.datasource.migrations.password", "Qm2f-8sJd-Lw04-aZr7");
        settings.put("quarkus.keycloak.admin-client.client-secret", "f1a7c0de-5e1b-4b2e-9a77-0c3f9d2b8e61");
        settings.put("mp.jwt.verify.issuer", "https://login.amm-sachsen.de/realms/amm");
        settings.put("quarkus.http.cors.origins", "https://fallakte.amm-sachsen.de");
        settings.put("amm.demo-data.enabled", "false");
        return settings;
    }

    static List<String> problems(Map<String, String> settings) {
        return ProductionReadiness.problems(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void aProperProductionSetupStarts() {
        assertThat(problems(production())).isEmpty();
    }

    @Test
    void theLocalDemoSettingsAreNamedOneByOne() {
        Map<String, String> demo = production();
        demo.put("quarkus.datasource.password", "amm_app");
        demo.put("quarkus.datasource.migrations.password", "amm");
        demo.put("quarkus.keycloak.admin-client.client-secret", "amm-backend-local-secret");
        demo.put("mp.jwt.verify.issuer", "http://localhost:8180/realms/amm");
        demo.put("quarkus.http.cors.origins", "http://localhost:5173,https://fallakte.amm-sachsen.de");
        demo.put("amm.demo-data.enabled", "true");
        demo.put("amm.clock.starts-at", "2026-11-28T23:56:00Z");
        assertThat(problems(demo))
                .hasSize(7)
                .anyMatch(p -> p.contains("AMM_DB_APP_PASSWORD"))
                .anyMatch(p -> p.contains("AMM_DB_PASSWORD"))
                .anyMatch(p -> p.contains("AMM_BACKEND_CLIENT_SECRET"))
                .anyMatch(p -> p.contains("http://localhost:8180"))
                .anyMatch(p -> p.contains("http://localhost:5173"))
                .anyMatch(p -> p.contains("AMM_DEMO_DATA"))
                .anyMatch(p -> p.contains("AMM_CLOCK_STARTS_AT"));
    }

    @Test
    void missingSecretsAndPlainHttpAreRefusedToo() {
        Map<String, String> settings = production();
        settings.remove("quarkus.datasource.password");
        settings.put("mp.jwt.verify.issuer", "http://login.amm-sachsen.de/realms/amm");
        settings.put("quarkus.http.cors.origins", "*");
        assertThat(problems(settings)).hasSize(3);
    }
}
