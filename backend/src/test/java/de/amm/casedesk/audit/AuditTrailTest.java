package de.amm.casedesk.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.SchemaOwner;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of personal data: every read and change of a record that carries it, every refused access, under
 * the reader's project and role; one statement per list; append-only for the application; sealed into a hash chain
 * that names its first broken link.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Inject
    SchemaOwner owner;

    @Inject
    AuditSealer sealer;

    @Inject
    EntityManager em;

    /** The audit rows of one record: action, entity, mentee, record's project, reader's project, roles. */
    private List<List<Object>> trailOf(UUID entityId) {
        return owner.query("select action, entity, mentee_id::text, project_id::text, reader_project_id::text,"
                + " actor_roles from audit_event where entity_id = '" + entityId + "' order by id");
    }

    private static List<Object> row(String action, String entity, UUID mentee, UUID project, UUID reader, String r) {
        return java.util.Arrays.asList(
                action,
                entity,
                mentee == null ? null : mentee.toString(),
                project == null ? null : project.toString(),
                reader == null ? null : reader.toString(),
                r);
    }

    @Test
    void everyReadOfARecordWithPersonalDataIsAuditedWithTheMentee() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        UUID employer = records.employer(project).create();
        UUID caseId =
                records.caseOf(mentee).in(project).ledBy(mentor.personId()).create();
        UUID activity = records.activity(project).with(mentee).create();
        UUID placement = records.placementOf(mentee).in(project).at(employer).create();
        UUID referral = records.referralOf(mentee).in(project).create();
        UUID followUp = fixtures.followUpsOf(placement).getFirst();

        for (String[] read : new String[][] {
            {"/api/v1/cases/{id}", caseId.toString(), "case"},
            {"/api/v1/activities/{id}", activity.toString(), "activity"},
            {"/api/v1/referrals/{id}", referral.toString(), "referral"},
            {"/api/v1/follow-ups/{id}", followUp.toString(), "follow_up"},
        }) {
            given().auth().oauth2(mentor.token()).get(read[0], read[1]).then().statusCode(200);
            assertThat(trailOf(UUID.fromString(read[1])))
                    .as(read[2])
                    .containsExactly(row("read", read[2], mentee, project, project, "mentor"));
        }
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/employers/{id}", employer)
                .then()
                .statusCode(200);
        assertThat(trailOf(employer)).containsExactly(row("read", "employer", null, project, project, "mentor"));

        // a placement shows its follow-ups: both are read
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/placements/{id}", placement)
                .then()
                .statusCode(200);
        assertThat(trailOf(placement)).containsExactly(row("read", "placement", mentee, project, project, "mentor"));
        assertThat(trailOf(followUp)).hasSize(2);
    }

    @Test
    void changesNameTheMenteeConcerned() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        String id = given().auth()
                .oauth2(mentor.token())
                .contentType("application/json")
                .body("{\"menteeId\":\"" + mentee + "\",\"occurredOn\":\"2026-11-20\",\"channel\":\"phone\","
                        + "\"durationMinutes\":30,\"topics\":[\"job_search\"]}")
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(trailOf(UUID.fromString(id)))
                .containsExactly(row("create", "activity", mentee, project, project, "mentor"));
    }

    @Test
    void aSharedMenteeIsFiledUnderTheReadersProject() {
        UUID registering = fixtures.project();
        UUID second = fixtures.project();
        UUID mentee = records.mentee(registering).create();
        Staff reader = fixtures.staff(second, "mentor");
        records.caseOf(mentee).in(second).ledBy(reader.personId()).create();

        given().auth()
                .oauth2(reader.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);

        assertThat(trailOf(mentee)).containsExactly(row("read", "mentee", mentee, registering, second, "mentor"));
    }

    @Test
    void aListIsAuditedInOneStatementWithOneRowPerRecord() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        for (int i = 0; i < 7; i++) {
            UUID mentee = records.mentee(project).create();
            records.caseOf(mentee).in(project).ledBy(mentor.personId()).create();
            records.activity(project).with(mentee).create();
        }
        for (String list : List.of("/api/v1/cases", "/api/v1/activities", "/api/v1/mentees")) {
            long before = maxAuditId();
            given().auth()
                    .oauth2(mentor.token())
                    .queryParam("projectId", project)
                    .get(list)
                    .then()
                    .statusCode(200);
            // rows written by one INSERT share its command id within the transaction
            List<List<Object>> statements = owner.query("select count(*), count(distinct cmin::text)"
                    + " from audit_event where id > " + before + " and action = 'read'");
            assertThat(statements.getFirst()).as(list).containsExactly(7L, 1L);
        }
    }

    @Test
    void theTimelineIsOneStatementToo() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        UUID employer = records.employer(project).create();
        records.caseOf(mentee).in(project).ledBy(mentor.personId()).create();
        records.activity(project).with(mentee).create();
        records.placementOf(mentee).in(project).at(employer).create();
        records.referralOf(mentee).in(project).create();
        long before = maxAuditId();

        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}/timeline", mentee)
                .then()
                .statusCode(200);

        List<List<Object>> written = owner.query("select string_agg(distinct entity, ',' order by entity),"
                + " count(distinct cmin::text), count(*) filter (where mentee_id <> '" + mentee + "')"
                + " from audit_event where id > " + before);
        assertThat(written.getFirst()).containsExactly("activity,case,follow_up,mentee,placement,referral", 1L, 0L);
    }

    @Test
    void refusedAccessesAreAuditedUnderTheCallersProjectAndRole() {
        UUID project = fixtures.project();
        UUID other = fixtures.project();
        UUID mentee = records.mentee(project).create();
        Staff stranger = fixtures.staff(other, "mentor");

        given().auth()
                .oauth2(stranger.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(404);
        assertThat(trailOf(mentee)).containsExactly(row("refused", "mentee", null, null, other, "mentor"));

        String ministry = Tokens.of("ministry-" + UUID.randomUUID(), "ministry");
        given().auth()
                .oauth2(ministry)
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(403);
        assertThat(trailOf(mentee)).last().isEqualTo(row("refused", "mentee", null, null, null, "ministry"));

        long before = maxAuditId();
        given().auth().oauth2(ministry).get("/api/v1/cases").then().statusCode(403);
        assertThat(owner.query("select action, entity, entity_id from audit_event where id > " + before))
                .containsExactly(java.util.Arrays.asList("refused", "case", null));
    }

    @Test
    void anUnknownPathOrAnonymousCallerWritesNothing() {
        long before = maxAuditId();
        given().get("/api/v1/mentees/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth()
                .oauth2(Tokens.role("coordinator"))
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404);
        assertThat(maxAuditId()).isEqualTo(before);
    }

    @Test
    void theApplicationsRoleMayOnlyAddAndReadAuditRows() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);

        for (String sql : List.of(
                "delete from audit_event where entity_id = ?1",
                "update audit_event set actor = 'someone' where entity_id = ?1",
                "truncate audit_event")) {
            assertThat(fixtures.failureOf(sql, sql.contains("?1") ? new Object[] {mentee} : new Object[0]))
                    .as(sql)
                    .contains("permission denied");
        }
        // not even the schema's owner changes or removes a row
        assertThat(ownerFailure("update audit_event set actor = 'someone' where entity_id = '" + mentee + "'"))
                .contains("append-only");
        assertThat(ownerFailure("delete from audit_event where entity_id = '" + mentee + "'"))
                .contains("append-only");
        assertThat(ownerFailure("truncate audit_event")).contains("append-only");
        assertThat(fixtures.auditOf(mentee)).containsExactly("read");
    }

    @Test
    void theChainNamesItsFirstBrokenLink() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(mentor.token())
                    .get("/api/v1/mentees/{id}", mentee)
                    .then()
                    .statusCode(200);
        }
        QuarkusTransaction.requiringNew().run(sealer::seal);
        String dpo = Tokens.of("dpo-" + UUID.randomUUID(), "data_protection_officer");
        given().auth()
                .oauth2(dpo)
                .get("/api/v1/audit/integrity")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("unsealed", equalTo(0));

        List<Object> second = owner.query("select sealed_seq, id from audit_event where entity_id = '" + mentee
                        + "' order by sealed_seq offset 1 limit 1")
                .getFirst();
        String tamper = "alter table audit_event disable trigger audit_event_append_only";
        assertThat(owner.rolledBack(
                        "select sealed_seq, event_id, reason from audit_first_broken_link()",
                        tamper,
                        "update audit_event set actor = 'someone else' where id = " + second.get(1)))
                .containsExactly(List.of(second.get(0), second.get(1), "the row does not match its hash"));
        assertThat(owner.rolledBack(
                        "select sealed_seq, reason from audit_first_broken_link()",
                        tamper,
                        "delete from audit_event where id = " + second.get(1)))
                .containsExactly(List.of(second.get(0), "a sealed row is missing"));
        // and nothing of that stayed
        given().auth().oauth2(dpo).get("/api/v1/audit/integrity").then().body("intact", equalTo(true));
    }

    @Test
    void onlyTheDataProtectionOfficerAndTheOperatorCheckTheChain() {
        for (String role : List.of("mentor", "project_lead", "coordinator", "ministry", "integration")) {
            given().auth()
                    .oauth2(Tokens.role(role))
                    .get("/api/v1/audit/integrity")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(Tokens.role("admin"))
                .get("/api/v1/audit/integrity")
                .then()
                .statusCode(200);
        given().get("/api/v1/audit/integrity").then().statusCode(401);
    }

    @Test
    void theTrailFiltersByPersonActorAndTimeAndExportsAsCsv() {
        UUID project = fixtures.project();
        Staff lead = fixtures.staff(project, "project_lead");
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        UUID other = records.mentee(project).create();
        UUID caseId =
                records.caseOf(mentee).in(project).ledBy(mentor.personId()).create();
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/cases/{id}", caseId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(lead.token())
                .get("/api/v1/mentees/{id}", other)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(lead.token())
                .queryParam("menteeId", mentee)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        given().auth()
                .oauth2(lead.token())
                .queryParam("projectId", project)
                .queryParam("actor", lead.keycloakUserId())
                .get("/api/v1/audit")
                .then()
                .body("total", equalTo(1))
                .body("items[0].menteeId", equalTo(other.toString()))
                .body("items[0].readerProjectId", equalTo(project.toString()));
        given().auth()
                .oauth2(lead.token())
                .queryParam("menteeId", mentee)
                .queryParam("to", "2020-01-01")
                .get("/api/v1/audit")
                .then()
                .body("total", equalTo(0));

        String csv = given().auth()
                .oauth2(lead.token())
                .queryParam("menteeId", mentee)
                .get("/api/v1/audit/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment"))
                .extract()
                .asString();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).startsWith("\uFEFFZeitpunkt (Europe/Berlin);");
        // the export itself is on record
        assertThat(owner.query("select count(*) from audit_event where action = 'export' and entity = 'audit'"
                        + " and mentee_id = '" + mentee + "'"))
                .containsExactly(List.of(1L));
    }

    @Test
    void theDataProtectionOfficerReadsEveryProjectsTrailButNoCaseRecord() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID mentee = records.mentee(project).create();
        given().auth()
                .oauth2(mentor.token())
                .get("/api/v1/mentees/{id}", mentee)
                .then()
                .statusCode(200);
        String dpo = Tokens.of("dpo-" + UUID.randomUUID(), "data_protection_officer");

        given().auth()
                .oauth2(dpo)
                .queryParam("menteeId", mentee)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(dpo).get("/api/v1/mentees/{id}", mentee).then().statusCode(403);
        given().auth().oauth2(dpo).get("/api/v1/cases").then().statusCode(403);
    }

    private long maxAuditId() {
        return (Long) owner.query("select coalesce(max(id), 0) from audit_event")
                .getFirst()
                .getFirst();
    }

    private String ownerFailure(String sql) {
        try {
            owner.execute(sql);
            return null;
        } catch (IllegalStateException e) {
            return e.getCause().getMessage();
        }
    }
}
