package de.amm.casedesk.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class EmployerResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID project;
    Staff mentor;

    @BeforeEach
    void setUp() {
        project = fixtures.project();
        mentor = fixtures.staff(project, "mentor");
    }

    static Map<String, Object> sonnenhof() {
        Map<String, Object> employer = new HashMap<>();
        employer.put("name", "Pflegedienst Sonnenhof GmbH");
        employer.put("sector", "Q");
        employer.put("sizeClass", "small");
        employer.put("district", "14713");
        employer.put(
                "contact",
                new HashMap<>(Map.of(
                        "name", "Petra Lange", "phone", "+49 341 555 0190", "email", "p.lange@sonnenhof.example")));
        employer.put("notes", "sucht Pflegehelferinnen");
        return employer;
    }

    @Test
    void mentorRecordsChangesAndListsEmployers() {
        String location = given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(sonnenhof())
                .when()
                .post("/api/v1/employers")
                .then()
                .statusCode(201)
                .body("sector", equalTo("Q"))
                .body("contact.name", equalTo("Petra Lange"))
                .extract()
                .header("Location");
        Map<String, Object> changed = sonnenhof();
        changed.put("sizeClass", "medium");
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put(location)
                .then()
                .statusCode(204)
                .header("ETag", "\"1\"");
        given().auth().oauth2(mentor.token()).when().get(location).then().body("sizeClass", equalTo("medium"));
        records.employer(project).create();
        given().auth()
                .oauth2(mentor.token())
                .queryParam("q", "sonnen")
                .when()
                .get("/api/v1/employers")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Pflegedienst Sonnenhof GmbH"));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("sector", "Q")
                .queryParam("sort", "name,asc")
                .when()
                .get("/api/v1/employers")
                .then()
                .body("total", equalTo(2));
        given().auth()
                .oauth2(mentor.token())
                .queryParam("sector", "Z")
                .when()
                .get("/api/v1/employers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sector"));
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("name", null, "name"),
                Arguments.of("name", "x".repeat(201), "name"),
                Arguments.of("sector", "Pflege", "sector"),
                Arguments.of("sizeClass", "huge", "sizeClass"),
                Arguments.of("district", "00000", "district"),
                Arguments.of("contact.email", "nope", "contact.email"),
                Arguments.of("contact.phone", "abc", "contact.phone"),
                Arguments.of("notes", "x".repeat(4001), "notes"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    @SuppressWarnings("unchecked")
    void badInputIsRefusedNamingTheField(String path, Object value, String field) {
        Map<String, Object> body = sonnenhof();
        String[] parts = path.split("\\.");
        Map<String, Object> target = parts.length == 2 ? (Map<String, Object>) body.get(parts[0]) : body;
        target.put(parts[parts.length - 1], value);
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/employers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(fixtures.count("employer", "project_id = ?1", project)).isZero();
    }

    @Test
    void anEmployerWithContactsCannotBeDeleted() {
        Staff lead = fixtures.staff(project, "project_lead");
        UUID employer = records.employer(project).create();
        records.activity(project).withEmployer(employer).on(TestClock.today()).create();
        given().auth()
                .oauth2(lead.token())
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/employers/{id}", employer)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        UUID unused = records.employer(project).create();
        given().auth()
                .oauth2(lead.token())
                .header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/employers/{id}", unused)
                .then()
                .statusCode(204);
        assertThat(fixtures.auditOf(unused)).containsExactly("delete");
    }

    @Test
    void employersOfOtherProjectsStayInvisible() {
        UUID theirs = records.employer(fixtures.project()).create();
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/employers/{id}", theirs)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/employers")
                .then()
                .body("total", equalTo(0));
    }
}
