package de.amm.casedesk.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.amm.casedesk.common.cache.PublicAnswers;
import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Public answers are cached by the server and may be kept by browsers and proxies (Cache-Control public and an
 * ETag, 304 for a current one); what the server keeps is the answer under disclosure control, and personal data is
 * never cacheable. The suite's other classes read the public figures uncached; this one gives them the production
 * lifetime.
 */
@QuarkusTest
@TestProfile(PublicCachingTest.FiguresCachedAsInProduction.class)
class PublicCachingTest {

    public static class FiguresCachedAsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.cache.caffeine.\"public-key-results\".expire-after-write", "60S");
        }
    }

    private static final String KEY_RESULTS = "/api/v1/public/key-results";

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Inject
    PublicAnswers answers;

    @Test
    void theServerKeepsThePublicFiguresForTheirLifetimeWithheldAsReleased() {
        answers.changed(PublicAnswers.KEY_RESULTS);
        Response first = given().get(KEY_RESULTS);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=3600");
        String tag = first.header("ETag");
        assertThat(tag).isNotBlank();
        assertReleasedUnderDisclosureControl(first.jsonPath());

        // ten more mentees supported in the published period: the exact count grows by ten at once
        UUID project = fixtures.project("14713");
        Staff mentor = fixtures.staff(project, "mentor");
        for (int i = 0; i < 10; i++) {
            UUID mentee = records.mentee(project)
                    .registeredAt(LocalDate.of(2024, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                    .create();
            records.caseOf(mentee)
                    .in(project)
                    .ledBy(mentor.personId())
                    .from(LocalDate.of(2024, 2, 1))
                    .until(LocalDate.of(2024, 6, 30))
                    .create();
        }

        // within the lifetime the same released answer comes back, byte for byte, with the same tag
        Response cached = given().get(KEY_RESULTS);
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.header("ETag")).isEqualTo(tag);
        assertThat(cached.asString()).isEqualTo(first.asString());
        Response notModified = given().header("If-None-Match", tag).get(KEY_RESULTS);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.header("ETag")).isEqualTo(tag);
        assertThat(notModified.header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(notModified.asString()).isEmpty();

        // when the lifetime ends, the new figures are released, again under disclosure control
        answers.changed(PublicAnswers.KEY_RESULTS);
        Response fresh = given().header("If-None-Match", tag).get(KEY_RESULTS);
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isNotEqualTo(tag);
        assertReleasedUnderDisclosureControl(fresh.jsonPath());
        Object before = first.jsonPath().get("menteesSupported.total");
        Object after = fresh.jsonPath().get("menteesSupported.total");
        assertThat(after).isInstanceOf(Integer.class);
        if (before instanceof Integer released) {
            assertThat((Integer) after).isGreaterThan(released);
        }
    }

    @Test
    void theDistrictFiguresAreCachedAndWithheldLikeTheHeadline() {
        Response first = given().get(KEY_RESULTS + "/districts");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=3600");
        JsonPath figures = first.jsonPath();
        assertThat(figures.getBoolean("withheld")).isTrue();
        for (Object count : figures.getList("rows.menteesSupported.total")) {
            assertReleased(count);
        }
        given().header("If-None-Match", first.header("ETag"))
                .get(KEY_RESULTS + "/districts")
                .then()
                .statusCode(304);
    }

    @Test
    void theOfficesAnswerChangesItsTagWhenAnOfficeChanges() {
        Response first = given().get("/api/v1/public/offices");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=300");
        String tag = first.header("ETag");
        given().header("If-None-Match", tag)
                .get("/api/v1/public/offices")
                .then()
                .statusCode(304);

        String name = createProject();

        Response changed = given().header("If-None-Match", tag).get("/api/v1/public/offices");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        assertThat(changed.jsonPath().getList("projectName")).contains(name);
    }

    /** A project with its main office, in Chemnitz; returns its name. */
    private static String createProject() {
        String name = "Cacheprojekt " + UUID.randomUUID();
        Map<String, Object> project = new HashMap<>();
        project.put("name", name);
        project.put("carrier", "Testträger e.V.");
        project.put("address", Map.of("street", "Markt 2", "postalCode", "09111", "city", "Chemnitz"));
        project.put("contact", Map.of("email", "cache@test.example", "languages", List.of("de")));
        project.put("position", Map.of("latitude", 50.83, "longitude", 12.92));
        project.put("districts", List.of("14511"));
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .contentType(ContentType.JSON)
                .body(project)
                .post("/api/v1/projects")
                .then()
                .statusCode(201);
        return name;
    }

    @Test
    void aClientThatAcceptsGzipGetsTheAnswerCompressedOnceWithATagOfItsOwn() throws IOException {
        // offices enough for an answer worth compressing (more than 1 kB), whatever else the database holds
        for (int i = 0; i < 4; i++) {
            createProject();
        }
        HttpResponse<byte[]> plain = offices("identity", null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept-Encoding"));
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> compressed = offices("br, gzip;q=0.8", null);
        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept-Encoding"));
        assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
        try (GZIPInputStream inflated = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(inflated.readAllBytes()).isEqualTo(plain.body());
        }
        String gzipTag = compressed.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).isNotEqualTo(plainTag);

        assertThat(offices("gzip", gzipTag).statusCode()).isEqualTo(304);
        assertThat(offices("identity", plainTag).statusCode()).isEqualTo(304);
        // the other representation's tag does not name this one
        assertThat(offices("gzip", plainTag).statusCode()).isEqualTo(200);
        // refused with q=0: the plain answer
        HttpResponse<byte[]> refused = offices("gzip;q=0, identity", null);
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.headers().firstValue("ETag")).contains(plainTag);
    }

    /** The public offices' raw bytes, as a browser receives them (REST Assured would inflate them unasked). */
    private static HttpResponse<byte[]> offices(String acceptEncoding, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/public/offices"))
                .header("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .join();
    }

    @Test
    void searchesAndPostalCodesAreCacheableAndRefusalsAreNot() {
        Response search = given().queryParam("postalCode", "04109").get("/api/v1/public/services");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.header("Cache-Control")).isEqualTo("public, max-age=300");
        given().queryParam("postalCode", "04109")
                .header("If-None-Match", search.header("ETag"))
                .get("/api/v1/public/services")
                .then()
                .statusCode(304);
        // another search is another answer
        Response other = given().queryParam("district", "14612").get("/api/v1/public/services");
        assertThat(other.header("ETag")).isNotEqualTo(search.header("ETag"));

        Response area = given().get("/api/v1/public/postal-codes/04109");
        assertThat(area.statusCode()).isEqualTo(200);
        assertThat(area.header("Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(area.jsonPath().getString("district.ags")).isEqualTo("14713");
        given().header("If-None-Match", area.header("ETag"))
                .get("/api/v1/public/postal-codes/04109")
                .then()
                .statusCode(304);

        for (String bad : List.of("abcde", "10115", "10115")) {
            given().get("/api/v1/public/postal-codes/" + bad)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .header("Cache-Control", "no-store")
                    .header("ETag", nullValue());
        }
        given().queryParam("postalCode", "10115")
                .get("/api/v1/public/services")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store");
    }

    @Test
    void answersWithPersonalDataAreNeverCacheable() {
        UUID project = fixtures.project("14713");
        Staff mentor = fixtures.staff(project, "mentor");
        records.mentee(project).create();
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/employer-enquiries")
                .then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .header("ETag", nullValue());
        given().get("/api/v1/public/employer-enquiries/form")
                .then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
        // a signed-in caller gets the same public answer, still public
        given().auth()
                .oauth2(mentor.token())
                .get(KEY_RESULTS)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=3600"));
    }

    private static void assertReleasedUnderDisclosureControl(JsonPath figures) {
        assertThat(figures.getBoolean("withheld")).isTrue();
        for (String keyResult : List.of("menteesSupported", "menteesPlaced", "menteesSustainablyIntegrated")) {
            assertReleased(figures.get(keyResult + ".total"));
            assertReleased(figures.get(keyResult + ".female"));
        }
    }

    private static void assertReleased(Object count) {
        assertThat("<5".equals(count) || (count instanceof Integer n && n >= 5 && n % 5 == 0))
                .as("released count %s", count)
                .isTrue();
    }
}
