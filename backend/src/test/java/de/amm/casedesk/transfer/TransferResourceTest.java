package de.amm.casedesk.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mentee who moves from Leipzig to Dresden: handed over, taken over, one person in every figure. */
@QuarkusTest
class TransferResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID leipzig;
    UUID dresden;
    Staff leipzigMentor;
    Staff dresdenLead;
    Staff dresdenMentor;
    UUID mentee;
    UUID leipzigCase;

    @BeforeEach
    void setUp() {
        leipzig = fixtures.project();
        dresden = fixtures.project();
        leipzigMentor = fixtures.staff(leipzig, "mentor");
        dresdenLead = fixtures.staff(dresden, "project_lead");
        dresdenMentor = fixtures.staff(dresden, "mentor");
        mentee = records.mentee(leipzig)
                .named("Yusuf", "Umzug")
                .gender("male")
                .bornIn(1994)
                .create();
        leipzigCase = records.caseOf(mentee)
                .in(leipzig)
                .ledBy(leipzigMentor.personId())
                .from(TestClock.today().minusMonths(5))
                .create();
        records.activity(leipzig)
                .with(mentee)
                .on(TestClock.today().minusDays(3))
                .create();
    }

    String requestTransfer() {
        return given().auth()
                .oauth2(leipzigMentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "menteeId",
                        mentee.toString(),
                        "toProjectId",
                        dresden.toString(),
                        "note",
                        "zieht zur Schwester"))
                .when()
                .post("/api/v1/transfers")
                .then()
                .statusCode(201)
                .body("status", equalTo("requested"))
                .body("fromProject.id", equalTo(leipzig.toString()))
                .body("toProject.id", equalTo(dresden.toString()))
                .body("requestedBy.id", equalTo(leipzigMentor.personId().toString()))
                .extract()
                .path("id");
    }

    @Test
    void dresdenTakesOverAMenteeFromLeipzigWhoStaysOnePerson() {
        String transfer = requestTransfer();
        // Dresden does not see the mentee yet, but sees who is offered
        given().auth()
                .oauth2(dresdenMentor.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(dresdenLead.token())
                .queryParam("direction", "incoming")
                .get("/api/v1/transfers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].mentee.name", equalTo("Yusuf Umzug"))
                .body("items[0].mentee.yearOfBirth", equalTo(1994))
                .body("items[0].note", equalTo("zieht zur Schwester"));
        given().auth()
                .oauth2(dresdenLead.token())
                .queryParam("direction", "outgoing")
                .get("/api/v1/transfers")
                .then()
                .body("items", hasSize(0));

        given().auth()
                .oauth2(dresdenLead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("leadMentorId", dresdenMentor.personId().toString()))
                .when()
                .post("/api/v1/transfers/{id}/acceptance", transfer)
                .then()
                .statusCode(200)
                .body("status", equalTo("accepted"))
                .body("decidedOn", equalTo(TestClock.today().toString()))
                .body("decidedBy.id", equalTo(dresdenLead.personId().toString()));

        // Dresden now sees the mentee and leads its own case; Leipzig's case ended as transferred
        given().auth()
                .oauth2(dresdenMentor.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200)
                .body("lastName", equalTo("Umzug"));
        given().auth()
                .oauth2(dresdenMentor.token())
                .get("/api/v1/caseload")
                .then()
                .body("items.menteeName", hasItem("Yusuf Umzug"));
        given().auth()
                .oauth2(leipzigMentor.token())
                .get("/api/v1/cases/{id}", leipzigCase)
                .then()
                .statusCode(200)
                .body("endedOn", equalTo(TestClock.today().toString()))
                .body("closingReason", equalTo("transferred"));
        // each project keeps its own records: Leipzig's contact stays Leipzig's
        given().auth()
                .oauth2(dresdenMentor.token())
                .queryParam("menteeId", mentee)
                .get("/api/v1/activities")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(leipzigMentor.token())
                .queryParam("menteeId", mentee)
                .get("/api/v1/activities")
                .then()
                .body("total", equalTo(1));
        // one person in the programme's figures, one in each project's
        String from = TestClock.today().minusMonths(6).withDayOfMonth(1).toString();
        String to = TestClock.today().toString();
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParam("projectId", leipzig)
                .queryParam("projectId", dresden)
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("menteesSupported.total", equalTo(1));
        for (UUID project : new UUID[] {leipzig, dresden}) {
            given().auth()
                    .oauth2(Tokens.role("coordinator"))
                    .queryParam("from", from)
                    .queryParam("to", to)
                    .queryParam("projectId", project)
                    .get("/api/v1/statistics/key-results")
                    .then()
                    .body("menteesSupported.total", equalTo(1));
        }
        assertThat(fixtures.auditOf(UUID.fromString(transfer))).contains("create", "update");
        // answered once only
        given().auth()
                .oauth2(dresdenLead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("reason", "zu spät"))
                .post("/api/v1/transfers/{id}/decline", transfer)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aDeclinedTransferChangesNothingButItsStatus() {
        String transfer = requestTransfer();
        given().auth()
                .oauth2(dresdenLead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", ""))
                .post("/api/v1/transfers/{id}/decline", transfer)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth()
                .oauth2(dresdenLead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "keine Kapazität"))
                .post("/api/v1/transfers/{id}/decline", transfer)
                .then()
                .statusCode(200)
                .body("status", equalTo("declined"))
                .body("declineReason", equalTo("keine Kapazität"));
        given().auth()
                .oauth2(dresdenMentor.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(leipzigMentor.token())
                .get("/api/v1/cases/{id}", leipzigCase)
                .then()
                .body("endedOn", equalTo(null));
        // and a new request may follow
        requestTransfer();
    }

    @Test
    void eachEndDoesItsOwnPart() {
        String transfer = requestTransfer();
        given().auth()
                .oauth2(leipzigMentor.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post("/api/v1/transfers/{id}/acceptance", transfer)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(dresdenLead.token())
                .header("If-Match", "\"0\"")
                .post("/api/v1/transfers/{id}/cancellation", transfer)
                .then()
                .statusCode(403);
        Staff stranger = fixtures.staff(fixtures.project(), "mentor");
        given().auth()
                .oauth2(stranger.token())
                .get("/api/v1/transfers/{id}", transfer)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(leipzigMentor.token())
                .post("/api/v1/transfers/{id}/cancellation", transfer)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(leipzigMentor.token())
                .header("If-Match", "\"0\"")
                .post("/api/v1/transfers/{id}/cancellation", transfer)
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"));
        given().auth()
                .oauth2(dresdenLead.token())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of())
                .post("/api/v1/transfers/{id}/acceptance", transfer)
                .then()
                .statusCode(409);
    }

    @Test
    void aRequestNeedsConsentAndAProjectThatDoesNotSeeTheMenteeYet() {
        UUID unconsented = records.mentee(leipzig).consentingTo("counselling").create();
        given().auth()
                .oauth2(leipzigMentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of("menteeId", unconsented.toString(), "toProjectId", dresden.toString()))
                .post("/api/v1/transfers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("consent-required"));
        given().auth()
                .oauth2(leipzigMentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee.toString(), "toProjectId", leipzig.toString()))
                .post("/api/v1/transfers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("toProjectId"));
        given().auth()
                .oauth2(leipzigMentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "menteeId",
                        mentee.toString(),
                        "toProjectId",
                        UUID.randomUUID().toString()))
                .post("/api/v1/transfers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("toProjectId"));
        given().auth()
                .oauth2(leipzigMentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee.toString()))
                .post("/api/v1/transfers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("toProjectId"));
        requestTransfer();
        given().auth()
                .oauth2(leipzigMentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee.toString(), "toProjectId", dresden.toString()))
                .post("/api/v1/transfers")
                .then()
                .statusCode(409);
        UUID shared = records.mentee(leipzig).create();
        records.caseOf(shared).in(dresden).ledBy(dresdenMentor.personId()).create();
        given().auth()
                .oauth2(leipzigMentor.token())
                .contentType(ContentType.JSON)
                .body(Map.of("menteeId", shared.toString(), "toProjectId", dresden.toString()))
                .post("/api/v1/transfers")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(leipzigMentor.token())
                .queryParam("direction", "sideways")
                .get("/api/v1/transfers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("direction"));
        assertThat(fixtures.count("transfer", "mentee_id = ?1", unconsented)).isZero();
    }
}
