package de.amm.casedesk.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
class DirectoryResourceTest {

    @Inject
    Fixtures fixtures;

    static Map<String, Object> service(String name, String kind, List<String> districts, List<String> languages) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("provider", "Testträger " + name);
        body.put("kind", kind);
        body.put("description", "Beratung");
        body.put("address", Map.of("street", "Teststraße 1", "postalCode", "04109", "city", "Leipzig"));
        body.put("position", Map.of("latitude", 51.34, "longitude", 12.37));
        body.put("contact", Map.of("phone", "+49 341 555 0101", "email", "t@test.example", "openingHours", "Mo 9–12"));
        body.put("districts", districts);
        body.put("languages", languages);
        body.put("targetGroups", List.of("refugees", "women"));
        return body;
    }

    private static String create(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void coordinatorAddsAServiceThePublicFindsByPostalCodeKindAndLanguage() {
        String coordinator = Tokens.role("coordinator");
        String word = UUID.randomUUID().toString();
        String name = "Sprachcafé " + word;
        String id = create(coordinator, service(name, "language_course", List.of("14713"), List.of("de", "fa")));

        // other tests add services to Leipzig too, and a search answers the first 200 by name: its word finds it
        given().queryParam("postalCode", "04109")
                .queryParam("q", word)
                .when()
                .get("/api/v1/public/services")
                .then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"))
                .body("district.ags", equalTo("14713"))
                .body("district.name", equalTo("Leipzig"))
                .body("items.name", hasItem(name));
        given().queryParam("district", "14713")
                .queryParam("kind", "language_course")
                .queryParam("language", "fa")
                .queryParam("q", word)
                .when()
                .get("/api/v1/public/services")
                .then()
                .statusCode(200)
                .body("items.name", hasItem(name))
                .body("items.find { it.name == '" + name + "' }.targetGroups", equalTo(List.of("refugees", "women")));
        given().queryParam("district", "14713")
                .queryParam("language", "uk")
                .queryParam("q", word)
                .when()
                .get("/api/v1/public/services")
                .then()
                .body("items.name", not(hasItem(name)));
        given().queryParam("district", "14612")
                .queryParam("q", word)
                .when()
                .get("/api/v1/public/services")
                .then()
                .body("items.name", not(hasItem(name)));
        given().queryParam("kind", "jobcenter")
                .queryParam("q", word)
                .when()
                .get("/api/v1/public/services")
                .then()
                .body("items.name", not(hasItem(name)));

        // a change shows at once, although the public answers are cached
        Map<String, Object> changed = service(name + " (neu)", "language_course", List.of("14713"), List.of("de"));
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/api/v1/services/{id}", id)
                .then()
                .statusCode(204)
                .header("ETag", "\"1\"");
        given().queryParam("postalCode", "04109")
                .queryParam("q", word)
                .when()
                .get("/api/v1/public/services")
                .then()
                .body("items.name", hasItem(name + " (neu)"))
                .body("items.name", not(hasItem(name)));
        given().when()
                .get("/api/v1/public/services/{id}", id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        given().auth()
                .oauth2(coordinator)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/services/{id}", id)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(coordinator)
                .header("If-Match", "\"1\"")
                .when()
                .delete("/api/v1/services/{id}", id)
                .then()
                .statusCode(204);
        given().queryParam("postalCode", "04109")
                .queryParam("q", word)
                .when()
                .get("/api/v1/public/services")
                .then()
                .body("items.name", not(hasItem(name + " (neu)")));
        given().when().get("/api/v1/public/services/{id}", id).then().statusCode(404);
    }

    @Test
    void projectLeadsMaintainTheServicesOfTheirProjectsDistrictsOnly() {
        UUID project = fixtures.project("14625");
        Staff lead = fixtures.staff(project, "project_lead");
        given().auth()
                .oauth2(lead.token())
                .when()
                .get("/api/v1/services/maintained-districts")
                .then()
                .statusCode(200)
                .body("", equalTo(List.of("14625")));
        String own = create(
                lead.token(), service("Jobcenter Test " + UUID.randomUUID(), "jobcenter", List.of("14625"), List.of()));
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .body(service("Fremd " + UUID.randomUUID(), "jobcenter", List.of("14625", "14626"), List.of()))
                .when()
                .post("/api/v1/services")
                .then()
                .statusCode(403);
        String foreign = create(
                Tokens.role("coordinator"),
                service("Görlitz " + UUID.randomUUID(), "immigration_office", List.of("14626"), List.of()));
        given().auth()
                .oauth2(lead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(service("Übernommen", "immigration_office", List.of("14625"), List.of()))
                .when()
                .put("/api/v1/services/{id}", foreign)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(lead.token())
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/services/{id}", foreign)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(lead.token())
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/services/{id}", own)
                .then()
                .statusCode(204);
        given().when().get("/api/v1/public/services/{id}", foreign).then().statusCode(200);
    }

    @Test
    void mentorsTheMinistryAndAnonymousCallersDoNotMaintainTheDirectory() {
        UUID project = fixtures.project("14713");
        Map<String, Object> body = service("Nicht erlaubt", "jobcenter", List.of("14713"), List.of());
        for (String token : List.of(fixtures.staff(project, "mentor").token(), Tokens.role("ministry"))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/v1/services")
                    .then()
                    .statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/services")
                .then()
                .statusCode(401);
    }

    @Test
    void wordsFindServicesByNameProviderOrDescriptionWhateverTheirCase() {
        String word = "Wortsuche" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> byName = service(word + " Sprachcafé", "language_course", List.of("14713"), List.of("de"));
        Map<String, Object> byProvider =
                service("Beratungsstelle Nord", "migration_counselling", List.of("14713"), List.of());
        byProvider.put("provider", "Verein " + word.toUpperCase(java.util.Locale.ROOT));
        Map<String, Object> other = service("Jobcenter Süd", "jobcenter", List.of("14713"), List.of());
        String coordinator = Tokens.role("coordinator");
        String nameId = create(coordinator, byName);
        String providerId = create(coordinator, byProvider);
        String otherId = create(coordinator, other);

        given().queryParam("q", word.toLowerCase(java.util.Locale.ROOT))
                .when()
                .get("/api/v1/public/services")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(providerId, nameId)));
        // every word must be found; with the district and kind filters as before
        given().queryParam("q", "  " + word + "   sprachcafé ")
                .queryParam("district", "14713")
                .when()
                .get("/api/v1/public/services")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(nameId)));
        given().queryParam("q", word)
                .queryParam("kind", "jobcenter")
                .when()
                .get("/api/v1/public/services")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("q", word)
                .when()
                .get("/api/v1/public/services")
                .then()
                .body("items.id", not(hasItem(otherId)));
        given().queryParam("q", "x".repeat(101))
                .when()
                .get("/api/v1/public/services")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].code", equalTo("too_long"));
    }

    @Test
    void badSearchesAreRefusedNamingTheField() {
        record Case(String param, String value, String field, String code) {}
        for (Case c : List.of(
                new Case("postalCode", "123", "postalCode", "postal_code"),
                new Case("postalCode", "10115", "postalCode", "outside_saxony"),
                new Case("district", "99999", "district", "unknown_district"),
                new Case("district", "1471", "district", "ags_code"),
                new Case("kind", "bakery", "kind", "one_of"),
                new Case("language", "ARABIC", "language", "language_code"))) {
            given().queryParam(c.param(), c.value())
                    .when()
                    .get("/api/v1/public/services")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(c.field()))
                    .body("errors[0].code", equalTo(c.code()));
        }
        given().queryParam("postalCode", "04109")
                .queryParam("district", "14713")
                .when()
                .get("/api/v1/public/services")
                .then()
                .statusCode(400)
                .body("errors[0].code", equalTo("not_with"));
        given().when().get("/api/v1/public/postal-codes/{code}", "abcde").then().statusCode(400);
    }

    @Test
    void postalCodesLeadToTheirDistrict() {
        Map<String, String> expected = Map.of(
                "04109", "14713",
                "09599", "14522",
                "01454", "14625",
                "02763", "14626",
                "08523", "14523",
                "04808", "14729",
                "04860", "14730",
                "09111", "14511");
        expected.forEach((code, ags) -> given().when()
                .get("/api/v1/public/postal-codes/{code}", code)
                .then()
                .statusCode(200)
                .body("district.ags", equalTo(ags)));
    }

    @Test
    void invalidServicesAreRefusedAndNothingIsStored() {
        String coordinator = Tokens.role("coordinator");
        String name = "Ungültig " + UUID.randomUUID();
        Map<String, Object> body = service(name, "jobcenter", List.of("14713", "99999"), List.of("de"));
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/services")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("districts[1]"));
        body = service(name, "bakery", List.of("14713"), List.of("de"));
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/services")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
        body = service(" ", "jobcenter", List.of(), List.of("de"));
        body.put("position", Map.of("latitude", 99, "longitude", 12.37));
        given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/services")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("districts"))
                .body("errors.field", hasItem("position.latitude"));
        assertThat(fixtures.count("integration_service", "name like ?1", "Ungültig%"))
                .isZero();
    }
}
