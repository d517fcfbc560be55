package de.amm.casedesk.document;

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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documents of a mentee's case: typed by content, limited in size, scoped like the record, audited, erased. */
@QuarkusTest
class DocumentResourceTest {

    /** The smallest PDF a reader opens. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
                    + "/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer"
                    + "<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** A 1×1 pixel PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    UUID project;
    Staff mentor;
    Staff lead;
    UUID mentee;

    @BeforeEach
    void setUp() {
        project = fixtures.project();
        mentor = fixtures.staff(project, "mentor");
        lead = fixtures.staff(project, "project_lead");
        mentee = records.mentee(project).named("Dana", "Dokument").create();
    }

    ValidatableResponse upload(String token, UUID to, String kind, String name, String contentType, byte[] body) {
        var request = given().auth().oauth2(token).contentType(contentType).body(body);
        if (kind != null) {
            request.queryParam("kind", kind);
        }
        if (name != null) {
            request.queryParam("fileName", name);
        }
        return request.when().post("/api/v1/mentees/{id}/documents", to).then();
    }

    @Test
    void aMentorFilesACvAndTheProjectReadsItBack() {
        String id = upload(mentor.token(), mentee, "cv", "Lebenslauf Dana.pdf", "application/octet-stream", PDF)
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/documents/"))
                .body("kind", equalTo("cv"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("fileName", equalTo("Lebenslauf Dana.pdf"))
                .body("uploadedBy.id", equalTo(mentor.personId().toString()))
                .extract()
                .path("id");
        // a photo named .pdf is what its bytes say
        upload(mentor.token(), mentee, "certificate", "Zeugnis.pdf", "application/pdf", PNG)
                .statusCode(201)
                .body("mediaType", equalTo("image/png"));

        given().auth()
                .oauth2(lead.token())
                .get("/api/v1/mentees/{id}/documents", mentee)
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("kind", hasItem("cv"));
        byte[] back = given().auth()
                .oauth2(lead.token())
                .get("/api/v1/documents/{id}/content", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"Lebenslauf Dana.pdf\""))
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(PDF);
        // the answer to an access request lists what was filed
        given().auth()
                .oauth2(lead.token())
                .get("/api/v1/mentees/{id}/subject-access", mentee)
                .then()
                .statusCode(200)
                .body("documents.fileName", hasItem("Lebenslauf Dana.pdf"))
                .body("documents", hasSize(2));
        assertThat(fixtures.auditOf(UUID.fromString(id))).containsExactly("create", "read", "read");
    }

    @Test
    void whatIsNotAPdfOrAnImageIsRefusedWhateverItsNameSays() {
        upload(mentor.token(), mentee, "cv", "cv.pdf", "application/pdf", "just text, not a PDF".getBytes())
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("text/plain"));
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0};
        upload(mentor.token(), mentee, "other", "scan.jpg", "image/jpeg", zip).statusCode(415);
        upload(mentor.token(), mentee, "cv", "cv.txt", "text/plain", PDF)
                .statusCode(415)
                .contentType("application/problem+json");
        assertThat(fixtures.count("document", "mentee_id = ?1", mentee)).isZero();
    }

    @Test
    void tenMegabytesAreTheLimit() {
        byte[] atLimit = Arrays.copyOf(PDF, DocumentService.MAX_BYTES);
        upload(mentor.token(), mentee, "certificate", "big.pdf", "application/pdf", atLimit)
                .statusCode(201)
                .body("sizeBytes", equalTo(DocumentService.MAX_BYTES));
        byte[] over = Arrays.copyOf(PDF, DocumentService.MAX_BYTES + 1);
        upload(mentor.token(), mentee, "certificate", "bigger.pdf", "application/pdf", over)
                .statusCode(413)
                .contentType("application/problem+json");
        assertThat(fixtures.count("document", "mentee_id = ?1", mentee)).isEqualTo(1);
    }

    @Test
    void badDetailsAreRefusedAtTheirField() {
        upload(mentor.token(), mentee, null, "a.pdf", "application/pdf", PDF)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        upload(mentor.token(), mentee, "passport", "a.pdf", "application/pdf", PDF)
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
        upload(mentor.token(), mentee, "cv", null, "application/pdf", PDF)
                .statusCode(400)
                .body("errors.field", hasItem("fileName"));
        upload(mentor.token(), mentee, "cv", "../../etc/passwd.pdf", "application/pdf", PDF)
                .statusCode(400)
                .body("errors.field", hasItem("fileName"));
        upload(mentor.token(), mentee, "cv", "x".repeat(201) + ".pdf", "application/pdf", PDF)
                .statusCode(400)
                .body("errors.field", hasItem("fileName"));
        upload(mentor.token(), mentee, "cv", "empty.pdf", "application/pdf", new byte[0])
                .statusCode(400)
                .body("errors.field", hasItem("content"));
        assertThat(fixtures.count("document", "mentee_id = ?1", mentee)).isZero();
    }

    @Test
    void withoutConsentToCounsellingOnlyTheSignedFormMayBeFiled() {
        UUID unconsented = records.mentee(project).consentingTo().create();
        upload(mentor.token(), unconsented, "cv", "cv.pdf", "application/pdf", PDF)
                .statusCode(409)
                .contentType("application/problem+json");
        upload(mentor.token(), unconsented, "consent_form", "Einwilligung.pdf", "application/pdf", PDF)
                .statusCode(201);
    }

    @Test
    void otherProjectsAndOtherRolesSeeNothing() {
        String id = upload(mentor.token(), mentee, "cv", "cv.pdf", "application/pdf", PDF)
                .statusCode(201)
                .extract()
                .path("id");
        UUID other = fixtures.project();
        Staff stranger = fixtures.staff(other, "mentor");
        given().auth()
                .oauth2(stranger.token())
                .get("/api/v1/documents/{id}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger.token())
                .get("/api/v1/documents/{id}/content", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger.token())
                .get("/api/v1/mentees/{id}/documents", mentee)
                .then()
                .statusCode(404);
        upload(stranger.token(), mentee, "cv", "cv.pdf", "application/pdf", PDF).statusCode(404);
        given().auth()
                .oauth2(stranger.token())
                .header("If-Match", "\"0\"")
                .delete("/api/v1/documents/{id}", id)
                .then()
                .statusCode(404);
        for (String role : new String[] {"coordinator", "ministry", "admin", "data_protection_officer"}) {
            given().auth()
                    .oauth2(Tokens.role(role))
                    .get("/api/v1/documents/{id}/content", id)
                    .then()
                    .statusCode(403);
            upload(Tokens.role(role), mentee, "cv", "cv.pdf", "application/pdf", PDF)
                    .statusCode(403);
        }
        given().get("/api/v1/documents/{id}", id).then().statusCode(401);
    }

    @Test
    void theUploaderOrTheLeadDeletesADocumentFiledByMistake() {
        Staff colleague = fixtures.staff(project, "mentor");
        String id = upload(mentor.token(), mentee, "cv", "cv.pdf", "application/pdf", PDF)
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(colleague.token())
                .header("If-Match", "\"0\"")
                .delete("/api/v1/documents/{id}", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(mentor.token())
                .delete("/api/v1/documents/{id}", id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(mentor.token())
                .header("If-Match", "\"0\"")
                .delete("/api/v1/documents/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/documents/{id}", id)
                .then()
                .statusCode(404);
        assertThat(fixtures.count("document_content", "document_id = ?1", UUID.fromString(id)))
                .isZero();
        assertThat(fixtures.auditOf(UUID.fromString(id))).containsExactly("create", "delete");
    }

    @Test
    void erasureDeletesEveryDocumentOfTheMentee() {
        String id = upload(mentor.token(), mentee, "cv", "cv.pdf", "application/pdf", PDF)
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(lead.token())
                .post("/api/v1/mentees/{id}/anonymisation", mentee)
                .then()
                .statusCode(200)
                .body("documentsErased", equalTo(1));
        assertThat(fixtures.count("document", "mentee_id = ?1", mentee)).isZero();
        assertThat(fixtures.count("document_content", "document_id = ?1", UUID.fromString(id)))
                .isZero();
        // an anonymised mentee's record takes no new documents
        upload(mentor.token(), mentee, "cv", "cv.pdf", "application/pdf", PDF).statusCode(409);
    }
}
