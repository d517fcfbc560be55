package de.amm.casedesk.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Test
    void leadSeesTheTrailOfTheOwnProjectOnly() {
        UUID project = fixtures.project();
        UUID other = fixtures.project();
        Staff lead = fixtures.staff(project, "project_lead");
        Staff mentor = fixtures.staff(project, "mentor");
        Staff otherMentor = fixtures.staff(other, "mentor");
        UUID mentee = records.mentee(project).create();
        UUID stranger = records.mentee(other).create();
        given().auth()
                .oauth2(mentor.token())
                .when()
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(otherMentor.token())
                .when()
                .get("/api/v1/mentees/{id}", stranger)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(lead.token())
                .queryParam("entityId", mentee)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("read"))
                .body("items[0].entity", equalTo("mentee"))
                .body("items[0].actor", equalTo(mentor.keycloakUserId()))
                .body("items[0].actorRoles", equalTo("mentor"));
        given().auth()
                .oauth2(lead.token())
                .queryParam("entityId", stranger)
                .when()
                .get("/api/v1/audit")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(lead.token())
                .when()
                .get("/api/v1/audit")
                .then()
                .body("items.projectId", everyItem(equalTo(project.toString())));
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .queryParam("entityId", stranger)
                .when()
                .get("/api/v1/audit")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void badFiltersAreNamed() {
        for (String[] filter : List.of(
                new String[] {"entity", "person"},
                new String[] {"action", "forget"},
                new String[] {"from", "yesterday"},
                new String[] {"entityId", "7"})) {
            given().auth()
                    .oauth2(Tokens.role("coordinator"))
                    .queryParam(filter[0], filter[1])
                    .when()
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem(filter[0]));
        }
    }
}
