package de.amm.casedesk.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.Records;
import de.amm.casedesk.testing.SchemaOwner;
import de.amm.casedesk.testing.TestClock;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Retention: a dry run that lists, a run once per schedule, and idempotency answers without names. */
@QuarkusTest
class RetentionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Records records;

    @Inject
    RetentionService retention;

    @Inject
    SchemaOwner owner;

    @Test
    void theDryRunListsWhatARunDoesAndChangesNothing() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        UUID inactive = records.mentee(project)
                .registeredAt(TestClock.now().minus(Duration.ofDays(2000)))
                .create();
        records.caseOf(inactive)
                .in(project)
                .ledBy(mentor.personId())
                .from(TestClock.today().minusYears(5))
                .until(TestClock.today().minusYears(3).minusDays(2))
                .create();
        UUID recentlyClosed = records.mentee(project)
                .registeredAt(TestClock.now().minus(Duration.ofDays(2000)))
                .create();
        records.caseOf(recentlyClosed)
                .in(project)
                .ledBy(mentor.personId())
                .from(TestClock.today().minusYears(5))
                .until(TestClock.today().minusYears(2))
                .create();
        UUID stillOpen = records.mentee(project)
                .registeredAt(TestClock.now().minus(Duration.ofDays(2000)))
                .create();
        records.caseOf(stillOpen)
                .in(project)
                .ledBy(mentor.personId())
                .from(TestClock.today().minusYears(5))
                .create();
        UUID lateActivity = records.mentee(project)
                .registeredAt(TestClock.now().minus(Duration.ofDays(2000)))
                .create();
        records.caseOf(lateActivity)
                .in(project)
                .ledBy(mentor.personId())
                .from(TestClock.today().minusYears(5))
                .until(TestClock.today().minusYears(4))
                .create();
        records.activity(project)
                .with(lateActivity)
                .on(TestClock.today().minusMonths(2))
                .create();

        String officer = Tokens.role("data_protection_officer");
        given().auth()
                .oauth2(officer)
                .get("/api/v1/data-protection/retention")
                .then()
                .statusCode(200)
                .body("cutoff", equalTo(TestClock.today().minusYears(3).toString()))
                .body("rules.code", hasItem("anonymise-inactive-mentees"))
                .body("mentees.menteeId", hasItem(inactive.toString()))
                .body("mentees.menteeId", not(hasItem(recentlyClosed.toString())))
                .body("mentees.menteeId", not(hasItem(stillOpen.toString())))
                .body("mentees.menteeId", not(hasItem(lateActivity.toString())));
        assertThat(fixtures.count("mentee", "id = ?1 and anonymised_on is null", inactive))
                .isEqualTo(1);

        given().auth()
                .oauth2(officer)
                .post("/api/v1/data-protection/retention/runs")
                .then()
                .statusCode(200)
                .body("ran", equalTo(true));
        assertThat(fixtures.count("mentee", "id = ?1 and anonymised_on is not null", inactive))
                .isEqualTo(1);
        assertThat(fixtures.count(
                        "mentee",
                        "id in (?1, ?2, ?3) and anonymised_on is null",
                        recentlyClosed,
                        stillOpen,
                        lateActivity))
                .isEqualTo(3);
        assertThat(fixtures.auditAbout(inactive)).contains("erase");
    }

    @Test
    void employersEnquiriesAreDeletedOnceTheyWereReceivedLongerAgoThanTheirPeriod() {
        UUID project = fixtures.project("14511");
        LocalDate cutoff = TestClock.today().minusMonths(12);
        // received the evening before the cutoff day, at its first moment, and a month later (Berlin time)
        UUID old = enquiry(project, cutoff.minusDays(1).atTime(20, 0));
        UUID onTheCutoffDay = enquiry(project, cutoff.atStartOfDay());
        UUID recent = enquiry(project, cutoff.plusMonths(1).atTime(9, 30));

        String officer = Tokens.role("data_protection_officer");
        given().auth()
                .oauth2(officer)
                .get("/api/v1/data-protection/retention")
                .then()
                .statusCode(200)
                .body("rules.find { it.code == 'delete-employer-enquiries' }.period", equalTo("P12M"))
                .body("enquiriesCutoff", equalTo(cutoff.toString()))
                .body("enquiriesDue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertThat(fixtures.count("employer_enquiry", "id = ?1", old)).isEqualTo(1);

        for (String refused : List.of("mentor", "project_lead", "coordinator", "ministry")) {
            given().auth()
                    .oauth2(Tokens.role(refused))
                    .post("/api/v1/data-protection/retention/runs")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        assertThat(fixtures.count("employer_enquiry", "id = ?1", old)).isEqualTo(1);

        given().auth()
                .oauth2(officer)
                .post("/api/v1/data-protection/retention/runs")
                .then()
                .statusCode(200)
                .body("ran", equalTo(true))
                .body("enquiriesDeleted", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertThat(fixtures.count("employer_enquiry", "id = ?1", old)).isZero();
        assertThat(fixtures.count("employer_enquiry", "id in (?1, ?2)", onTheCutoffDay, recent))
                .isEqualTo(2);
        given().auth()
                .oauth2(officer)
                .get("/api/v1/data-protection/retention")
                .then()
                .body("enquiriesDue", equalTo(0));
    }

    /** An enquiry received at a moment of Berlin's time. */
    private UUID enquiry(UUID project, LocalDateTime receivedInBerlin) {
        UUID id = UUID.randomUUID();
        owner.execute("insert into employer_enquiry (id, project_id, district_ags, company, contact_name, email,"
                + " message, status, received_at) values ('" + id + "', '" + project + "', '14511', 'Alt GmbH',"
                + " 'Maria Beispiel', 'personal@alt.example', 'Wir suchen Fachkräfte.', 'closed', '"
                + receivedInBerlin.atZone(TestClock.BERLIN).toInstant() + "')");
        return id;
    }

    @Test
    void aScheduledRunHappensOnceEvenWithTwoBackends() throws Exception {
        String night = "test-night-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RetentionService.Outcome>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<RetentionService.Outcome> run = () -> {
                start.await();
                return retention.run(night);
            };
            runs.add(pool.submit(run));
        }
        start.countDown();
        int ran = 0;
        for (Future<RetentionService.Outcome> run : runs) {
            ran += run.get().ran() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ran).isEqualTo(1);
        assertThat(retention.run(night).ran()).isFalse();
        assertThat(fixtures.count("scheduled_run", "run_key = ?1 and finished_at is not null", night))
                .isEqualTo(1);
    }

    @Test
    void idempotencyAnswersKeepNoBodyAndArePurged() {
        UUID project = fixtures.project();
        Staff mentor = fixtures.staff(project, "mentor");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of(
                "firstName",
                "Nadia",
                "lastName",
                "Quraishi-Vettel",
                "gender",
                "female",
                "consent",
                Map.of("scopes", List.of("counselling"), "textVersion", "2026-01", "givenOn", "2026-11-01"));
        String id = given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/mentees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(owner.query("select string_agg(column_name, ',' order by column_name) from"
                        + " information_schema.columns where table_name = 'idempotency_record'"))
                .containsExactly(List.of("caller,created_at,key,location,request_hash,status"));
        assertThat(owner.query("select count(*) from idempotency_record where location like '%" + id + "'"))
                .containsExactly(List.of(1L));

        // a replay answers with the record as it is now
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/mentees")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id))
                .body("lastName", equalTo("Quraishi-Vettel"));

        owner.execute(
                "update idempotency_record set created_at = now() - interval '25 hours' where key = '" + key + "'");
        given().auth()
                .oauth2(Tokens.role("admin"))
                .get("/api/v1/data-protection/retention")
                .then()
                .body("idempotencyAnswersDue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth()
                .oauth2(Tokens.role("admin"))
                .post("/api/v1/data-protection/retention/runs")
                .then()
                .statusCode(200)
                .body("idempotencyAnswersPurged", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertThat(owner.query("select count(*) from idempotency_record where key = '" + key + "'"))
                .containsExactly(List.of(0L));
    }
}
