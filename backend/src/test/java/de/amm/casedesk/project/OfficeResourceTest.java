package de.amm.casedesk.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfficeResourceTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> project(String name, String street) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("carrier", "Testträger e.V.");
        body.put("address", Map.of("street", street, "postalCode", "09111", "city", "Chemnitz"));
        body.put(
                "contact",
                Map.of(
                        "phone",
                        "+49 371 555 0100",
                        "email",
                        "c@test.example",
                        "officeHours",
                        "Mo 9–12",
                        "languages",
                        List.of("de", "ar")));
        body.put("position", Map.of("latitude", 50.83, "longitude", 12.92));
        body.put("districts", List.of("14511"));
        return body;
    }

    private static Map<String, Object> branch(String label, double latitude) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("address", Map.of("street", "Markt 1", "postalCode", "09496", "city", "Marienberg"));
        body.put("position", Map.of("latitude", latitude, "longitude", 13.16));
        body.put("openingHours", "Do 9–14 Uhr");
        return body;
    }

    @Test
    void everyProjectIsOnThePublicMapWithItsMainOfficeWhichFollowsItsAddress() {
        String coordinator = Tokens.role("coordinator");
        String name = "Kartenprojekt " + UUID.randomUUID();
        String id = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(project(name, "Brückenstraße 1"))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when()
                .get("/api/v1/public/offices")
                .then()
                .statusCode(200)
                .body("find { it.projectName == '" + name + "' }.main", equalTo(true))
                .body("find { it.projectName == '" + name + "' }.address.street", equalTo("Brückenstraße 1"))
                .body("find { it.projectName == '" + name + "' }.openingHours", equalTo("Mo 9–12"))
                .body("find { it.projectName == '" + name + "' }.languages", equalTo(List.of("de", "ar")))
                .body("find { it.projectName == '" + name + "' }.districts", equalTo(List.of("14511")));
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(project(name, "Straße der Nationen 2"))
                .when()
                .put("/api/v1/projects/{id}", id)
                .then()
                .statusCode(204);
        given().when()
                .get("/api/v1/public/offices")
                .then()
                .body("find { it.projectName == '" + name + "' }.address.street", equalTo("Straße der Nationen 2"));
    }

    @Test
    void theLeadKeepsTheBranchesOthersMayNot() {
        UUID project = fixtures.project("14521");
        Staff lead = fixtures.staff(project, "project_lead");
        Staff mentor = fixtures.staff(project, "mentor");
        Staff otherLead = fixtures.staff(fixtures.project("14521"), "project_lead");
        Map<String, Object> body = Map.of("branches", List.of(branch("Außenstelle Marienberg", 50.65)));
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/projects/{id}/offices", project)
                .then()
                .statusCode(428);
        for (String token : List.of(mentor.token(), otherLead.token(), Tokens.role("ministry"))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .when()
                    .put("/api/v1/projects/{id}/offices", project)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("branches", List.of(branch("Zu weit", 99))))
                .when()
                .put("/api/v1/projects/{id}/offices", project)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("branches[0].position.latitude"));
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/api/v1/projects/{id}/offices", project)
                .then()
                .statusCode(204)
                .header("ETag", "\"1\"");
        given().when()
                .get("/api/v1/projects/{id}/offices", project)
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].main", equalTo(true))
                .body("[1].label", equalTo("Außenstelle Marienberg"))
                .body("[1].openingHours", equalTo("Do 9–14 Uhr"));
        given().when()
                .get("/api/v1/public/offices")
                .then()
                .body("findAll { it.projectId == '" + project + "' }.size()", equalTo(2));
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("branches", List.of()))
                .when()
                .put("/api/v1/projects/{id}/offices", project)
                .then()
                .statusCode(412);
    }
}
