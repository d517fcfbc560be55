package de.amm.casedesk.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class ProjectResourceTest {

    @Inject
    Fixtures fixtures;

    static Map<String, Object> validProject(String name) {
        Map<String, Object> project = new HashMap<>();
        project.put("name", name);
        project.put("carrier", "Bildungswerk Test e.V.");
        project.put(
                "address", new HashMap<>(Map.of("street", "Hauptstraße 1", "postalCode", "01067", "city", "Dresden")));
        project.put(
                "contact",
                new HashMap<>(Map.of(
                        "phone", "+49 351 555 0000",
                        "email", "kontakt@amm-test.example",
                        "website", "https://amm-test.example",
                        "officeHours", "Mo–Fr 9–15 Uhr",
                        "languages", List.of("de", "ar"))));
        project.put("position", new HashMap<>(Map.of("latitude", 51.05, "longitude", 13.74)));
        project.put("districts", List.of("14612", "14628"));
        project.put("mentorPositions", 4.5);
        project.put("yearlyFunding", 300000);
        return project;
    }

    static String uniqueName() {
        return "Arbeitsmarktmentoren Test " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anonymousVisitorSeesTheDirectory() {
        UUID id = fixtures.project("14713");
        given().when()
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("id", hasItem(id.toString()))
                .body("find { it.id == '" + id + "' }.districts", equalTo(List.of("14713")))
                .body("find { it.id == '" + id + "' }.contact.email", equalTo("test@amm-demo.example"));
    }

    @Test
    void directoryFiltersByDistrict() {
        UUID bautzen = fixtures.project("14625");
        UUID leipzig = fixtures.project("14713");
        given().queryParam("district", "14625")
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(200)
                .body("id", hasItem(bautzen.toString()))
                .body("id", not(hasItem(leipzig.toString())))
                .body("districts", everyItem(hasItem("14625")));
    }

    @Test
    void directoryRejectsAMalformedDistrict() {
        given().queryParam("district", "Leipzig")
                .when()
                .get("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("district"));
    }

    @Test
    void oneProjectComesWithItsVersionAsETag() {
        UUID id = fixtures.project();
        given().when()
                .get("/api/v1/projects/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id.toString()))
                .body("address.postalCode", equalTo("04109"));
    }

    @Test
    void unknownProjectIsNotFound() {
        given().when()
                .get("/api/v1/projects/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://amm-casedesk.example/problems/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void malformedIdIsNotFound() {
        given().when()
                .get("/api/v1/projects/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void coordinatorCreatesAProject() {
        String name = uniqueName();
        String location = given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .body(validProject(name))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("districts", equalTo(List.of("14612", "14628")))
                .body("contact.languages", equalTo(List.of("de", "ar")))
                .extract()
                .header("Location");
        given().when().get(location).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void createNeedsALogin() {
        given().contentType(ContentType.JSON)
                .body(validProject(uniqueName()))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"mentor", "project_lead", "ministry", "admin", "integration"})
    void onlyTheCoordinationEntityCreatesProjects(String role) {
        String name = uniqueName();
        given().auth()
                .oauth2(Tokens.role(role))
                .contentType(ContentType.JSON)
                .body(validProject(name))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://amm-casedesk.example/problems/forbidden"));
        given().when().get("/api/v1/projects").then().body("name", not(hasItem(name)));
    }

    static Stream<Arguments> invalidFields() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("name", null, "name"));
        cases.add(Arguments.of("name", "   ", "name"));
        cases.add(Arguments.of("name", "x".repeat(201), "name"));
        cases.add(Arguments.of("name", 42, "name"));
        cases.add(Arguments.of("carrier", null, "carrier"));
        cases.add(Arguments.of("address.postalCode", "1234", "address.postalCode"));
        cases.add(Arguments.of("address.street", "", "address.street"));
        cases.add(Arguments.of("address.city", null, "address.city"));
        cases.add(Arguments.of("address", null, "address"));
        cases.add(Arguments.of("contact.email", "not-an-email", "contact.email"));
        cases.add(Arguments.of("contact.website", "ftp://x.example", "contact.website"));
        cases.add(Arguments.of("contact.phone", "call me", "contact.phone"));
        cases.add(Arguments.of("contact.languages", List.of("deutsch"), "contact.languages[0]"));
        cases.add(Arguments.of("position.latitude", 95, "position.latitude"));
        cases.add(Arguments.of("position.longitude", "east", "position.longitude"));
        cases.add(Arguments.of("position", null, "position"));
        cases.add(Arguments.of("districts", List.of(), "districts"));
        cases.add(Arguments.of("districts", List.of("99999"), "districts[0]"));
        cases.add(Arguments.of("districts", List.of("Leipzig"), "districts[0]"));
        cases.add(Arguments.of("mentorPositions", -1, "mentorPositions"));
        cases.add(Arguments.of("yearlyFunding", "a lot", "yearlyFunding"));
        cases.add(Arguments.of("unexpected", "field", "unexpected"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    @SuppressWarnings("unchecked")
    void invalidInputIsRejectedNamingTheField(String path, Object value, String expectedField) {
        String name = uniqueName();
        Map<String, Object> body = validProject(name);
        String[] parts = path.split("\\.");
        Map<String, Object> target = body;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.get(parts[i]);
        }
        target.put(parts[parts.length - 1], value);
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://amm-casedesk.example/problems/validation-failed"))
                .body("errors.field", hasItem(expectedField))
                .body("detail", notNullValue());
        given().when().get("/api/v1/projects").then().body("name", not(hasItem(name)));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://amm-casedesk.example/problems/malformed-request"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void missingBodyIsABadRequest() {
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void otherContentTypesAreRefused() {
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.XML)
                .body("<project/>")
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void duplicateNameIsAConflict() {
        String name = uniqueName();
        String coordinator = Tokens.role("coordinator");
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(validProject(name))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(validProject(name.toUpperCase()))
                .when()
                .post("/api/v1/projects")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void coordinatorReplacesAProjectWithIfMatch() {
        UUID id = fixtures.project();
        String name = uniqueName();
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(validProject(name))
                .when()
                .put("/api/v1/projects/{id}", id)
                .then()
                .statusCode(204)
                .header("ETag", "\"1\"");
        given().when()
                .get("/api/v1/projects/{id}", id)
                .then()
                .body("name", equalTo(name))
                .body("districts", equalTo(List.of("14612", "14628")))
                .body("version", equalTo(1));
    }

    @Test
    void secondWriteWithTheSameVersionFailsInsteadOfLosingTheFirst() {
        UUID id = fixtures.project();
        String coordinator = Tokens.role("coordinator");
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(validProject(uniqueName()))
                .when()
                .put("/api/v1/projects/{id}", id)
                .then()
                .statusCode(204);
        String second = uniqueName();
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(validProject(second))
                .when()
                .put("/api/v1/projects/{id}", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().when().get("/api/v1/projects/{id}", id).then().body("name", not(equalTo(second)));
    }

    @Test
    void replacingWithoutIfMatchIsRefused() {
        UUID id = fixtures.project();
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .body(validProject(uniqueName()))
                .when()
                .put("/api/v1/projects/{id}", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void leadReplacesTheOwnProjectButNotAnother() {
        UUID own = fixtures.project();
        UUID other = fixtures.project();
        var lead = fixtures.staff(own, "project_lead");
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(validProject(uniqueName()))
                .when()
                .put("/api/v1/projects/{id}", own)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(validProject(uniqueName()))
                .when()
                .put("/api/v1/projects/{id}", other)
                .then()
                .statusCode(403);
    }

    @Test
    void mentorCannotReplaceTheOwnProject() {
        UUID own = fixtures.project();
        var mentor = fixtures.staff(own, "mentor");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(validProject(uniqueName()))
                .when()
                .put("/api/v1/projects/{id}", own)
                .then()
                .statusCode(403);
    }

    @Test
    void replacingAnUnknownProjectIsNotFound() {
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(validProject(uniqueName()))
                .when()
                .put("/api/v1/projects/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void districtsAndPhasesArePublic() {
        given().when()
                .get("/api/v1/districts")
                .then()
                .statusCode(200)
                .body("size()", equalTo(13))
                .body("ags", hasItems("14511", "14612", "14713", "14730"))
                .body("find { it.ags == '14713' }.kind", equalTo("city"));
        given().when()
                .get("/api/v1/programme-phases")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("model", "phase2", "phase3")))
                .body("find { it.code == 'phase2' }.startsOn", equalTo("2020-01-01"))
                .body("find { it.code == 'phase3' }.name.de", equalTo("3. Förderphase"));
    }
}
