package de.amm.casedesk.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void mentorSeesNameRolesAndOwnProjects() {
        UUID project = fixtures.project();
        var mentor = fixtures.staff(project, "mentor");
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo(mentor.keycloakUserId()))
                .body("name", startsWith("Test User"))
                .body("roles", equalTo(List.of("mentor")))
                .body("projects", hasSize(1))
                .body("projects[0].id", equalTo(project.toString()))
                .body("projects[0].name", startsWith("Testprojekt"))
                .body("projects[0].role", equalTo("mentor"));
    }

    @Test
    void mentorOfTwoProjectsSeesBoth() {
        UUID first = fixtures.project();
        UUID second = fixtures.project();
        var mentor = fixtures.staff(first, "mentor");
        fixtures.alsoWorksIn(mentor, second, "project_lead");
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("projects.id", org.hamcrest.Matchers.containsInAnyOrder(first.toString(), second.toString()));
    }

    @Test
    void defaultRolesOfTheTokenAreNotListed() {
        given().auth()
                .oauth2(Tokens.of(UUID.randomUUID().toString(), "ministry", "offline_access", "default-roles-amm"))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("ministry")))
                .body("projects", empty());
    }
}
