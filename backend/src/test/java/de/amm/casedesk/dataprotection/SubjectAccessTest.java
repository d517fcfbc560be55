package de.amm.casedesk.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The answer to an access request: everything held, the consent history, and who accessed it. */
@QuarkusTest
class SubjectAccessTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID a;
    UUID c;
    Staff lead;
    Staff mentor;
    Staff mentorC;
    UUID mentee;

    @BeforeEach
    void setUp() {
        a = fixtures.project();
        c = fixtures.project();
        lead = fixtures.staff(a, "project_lead");
        mentor = fixtures.staff(a, "mentor");
        mentorC = fixtures.staff(c, "mentor");
        mentee = records.mentee(a).named("Şükrü", "Yılmaz").create();
        records.caseOf(mentee).in(a).ledBy(mentor.personId()).create();
        records.caseOf(mentee).in(c).ledBy(mentorC.personId()).create();
        records.activity(a).with(mentee).create();
        records.activity(c).with(mentee).create();
        records.referralOf(mentee).in(a).create();
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(mentorC.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);
    }

    @Test
    void aLeadAnswersForTheProjectsTheyLead() {
        given().auth()
                .oauth2(lead.token())
                .get("/api/v1/mentees/{id}/subject-access", mentee)
                .then()
                .statusCode(200)
                .body("complete", equalTo(false))
                .body("projects", hasSize(1))
                .body("person.firstName", equalTo("Şükrü"))
                .body("person.lastName", equalTo("Yılmaz"))
                .body("consents", hasSize(5))
                .body("cases", hasSize(1))
                .body("activities", hasSize(1))
                .body("activities[0].note", org.hamcrest.Matchers.notNullValue())
                .body("referrals", hasSize(1))
                .body("accesses.action", hasItem("read"))
                .body("accesses.readerProject", org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.nullValue())));
        assertThat(fixtures.auditAbout(mentee)).contains("export");
    }

    @Test
    void theOfficerAnswersForEveryProject() {
        given().auth()
                .oauth2(Tokens.role("data_protection_officer"))
                .get("/api/v1/mentees/{id}/subject-access", mentee)
                .then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("projects", hasSize(2))
                .body("cases", hasSize(2))
                .body("activities", hasSize(2))
                // both mentors' reads, each through their own project
                .body("accesses.findAll { it.action == 'read' && it.record == 'mentee' }", hasSize(2));
    }

    @Test
    void theAnswerIsAReadableGermanPdf() throws Exception {
        byte[] pdf = given().auth()
                .oauth2(lead.token())
                .accept("application/pdf")
                .get("/api/v1/mentees/{id}/subject-access", mentee)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment"))
                .extract()
                .asByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        assertThat(text.toString())
                .contains("Auskunft über die gespeicherten Daten")
                .contains("Yılmaz")
                .contains("Beratung und Begleitung")
                .contains("Zugriffe auf die Daten")
                .contains("gelesen")
                .doesNotContain(mentee.toString());
    }

    @Test
    void othersGetNoAnswer() {
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}/subject-access", mentee)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(fixtures.staff(fixtures.project(), "project_lead").token())
                .get("/api/v1/mentees/{id}/subject-access", mentee)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .get("/api/v1/mentees/{id}/subject-access", mentee)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.role("data_protection_officer"))
                .get("/api/v1/mentees/{id}/subject-access", "not-an-id")
                .then()
                .statusCode(404);
    }
}
