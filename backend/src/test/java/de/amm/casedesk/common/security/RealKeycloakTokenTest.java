package de.amm.casedesk.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.amm.casedesk.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Tokens issued by the real Keycloak (the instance scripts/test starts, realm file keycloak/amm-realm.json),
 * verified with Keycloak's published keys: the integration client of the Leipzig demo project.
 */
@QuarkusTest
@TestProfile(RealKeycloakTokenTest.VerifyWithKeycloak.class)
class RealKeycloakTokenTest {

    /** The service-account user of client amm-integration-leipzig, fixed in the realm file. */
    static final String INTEGRATION_USER = "d0000000-0000-4000-8000-000000000010";

    public static class VerifyWithKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String realm = keycloakUrl() + "/realms/amm";
            return Map.of(
                    "mp.jwt.verify.issuer",
                    realm,
                    "mp.jwt.verify.publickey.location",
                    realm + "/protocol/openid-connect/certs");
        }
    }

    static String keycloakUrl() {
        String url = System.getenv("AMM_TEST_KEYCLOAK_URL");
        return url == null ? "http://localhost:8181" : url;
    }

    @Inject
    Fixtures fixtures;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.client-secret")
    String backendSecret;

    static String clientToken(String clientId, String secret) {
        return given().formParams(
                        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .when()
                .post(keycloakUrl() + "/realms/amm/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Test
    void integrationClientReachesItsOwnProjectWithAKeycloakToken() {
        UUID project = fixtures.project();
        fixtures.staffWithAccount(INTEGRATION_USER, project, "integration");
        String secret = System.getenv().getOrDefault("AMM_INTEGRATION_CLIENT_SECRET", "amm-integration-local-secret");
        String token = clientToken("amm-integration-leipzig", secret);

        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo(INTEGRATION_USER))
                .body("roles", equalTo(List.of("integration")))
                .body("projects.id", equalTo(List.of(project.toString())))
                .body("projects[0].role", equalTo("integration"));

        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/projects/{id}/members", project)
                .then()
                .statusCode(403);
    }

    @Test
    void keycloakTokenForAnotherAudienceIsRefused() {
        String token = clientToken("amm-backend", backendSecret);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }
}
