package de.amm.casedesk.common.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published contract (../openapi.yaml) is what the backend serves. Run scripts/update-openapi after an
 * API change (it runs this test with -Damm.openapi.update=true, which writes the file instead).
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void servedDocumentEqualsThePublishedContract() throws IOException {
        String served = given().port(de.amm.casedesk.testing.Management.port())
                .accept("application/yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("amm.openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT))
                .as("openapi.yaml missing; run scripts/update-openapi")
                .isTrue();
        assertThat(served)
                .as("The served API differs from openapi.yaml; run scripts/update-openapi and review the diff")
                .isEqualTo(Files.readString(CONTRACT, StandardCharsets.UTF_8));
    }
}
