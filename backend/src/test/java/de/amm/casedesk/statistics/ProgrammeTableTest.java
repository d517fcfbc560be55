package de.amm.casedesk.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The programme's published table (1 January 2020 to 30 June 2024): 4,794 mentees supported (35 % women),
 * 1,997 employers supported, 2,672 placed in work or training (30 % women), 1,920 sustainably integrated
 * (24 % women). A dataset built so that the definitions must give exactly these figures, with records
 * around it that must not count.
 */
@QuarkusTest
class ProgrammeTableTest {

    @Inject
    StatisticsData data;

    @Inject
    Fixtures fixtures;

    @Test
    void theDefinitionsReproduceTheProgrammesTable() {
        data.empty();
        UUID project = fixtures.project();
        UUID lead = fixtures.staff(project, "mentor").personId();
        // mentees 1..4794 supported, 1..1678 of them women; 4795..4900 supported before 2020 only
        data.sql("insert into mentee (id, project_id, pseudonym, first_name, last_name, gender)"
                + " select md5('m' || n)::uuid, '" + project + "', 'TN-' || lpad(n::text, 6, '0'), 'Test', 'Mentee',"
                + " case when n <= 1678 then 'female' when n % 7 = 0 then 'diverse' else 'male' end"
                + " from generate_series(1, 4900) n");
        data.sql("insert into mentee_project (mentee_id, project_id) select md5('m' || n)::uuid, '" + project + "'"
                + " from generate_series(1, 4900) n");
        data.sql(
                "insert into case_file (id, project_id, mentee_id, lead_mentor_id, started_on, ended_on, closing_reason)"
                        + " select md5('c' || n)::uuid, '" + project + "', md5('m' || n)::uuid, '" + lead + "',"
                        + " case when n <= 4794 then date '2019-06-01' + (n % 900) else date '2018-01-01' end,"
                        + " case when n <= 4794 then null else date '2019-12-31' end,"
                        + " case when n <= 4794 then null else 'moved_away' end"
                        + " from generate_series(1, 4900) n");
        // placed: women 1..802 and men 1679..3548; still there at the mark: women 1..461, men 1679..3137
        data.sql("insert into employer (id, project_id, name, district_ags) select md5('e' || n)::uuid, '" + project
                + "', 'Betrieb ' || n, '14713' from generate_series(1, 2000) n");
        data.sql(
                "insert into placement (id, project_id, mentee_id, employer_id, type, started_on, ended_on, end_reason)"
                        + " select md5('p' || n)::uuid, '" + project
                        + "', md5('m' || n)::uuid, md5('e' || (1 + n % 2000))::uuid,"
                        + " case when n % 3 = 0 then 'vocational_training' else 'employment' end, date '2021-03-01' + (n % 700),"
                        + " case when n between 462 and 802 or n between 3138 and 3548 then date '2021-03-01' + (n % 700) + 90 end,"
                        + " case when n between 462 and 802 or n between 3138 and 3548 then 'dismissed' end"
                        + " from generate_series(1, 3548) n where n <= 802 or n >= 1679");
        // not counted: a minijob and an internship in the period, a placement after it
        data.sql("insert into placement (id, project_id, mentee_id, employer_id, type, started_on)"
                + " values (md5('x1')::uuid, '" + project + "', md5('m' || 4000)::uuid, md5('e1')::uuid,"
                + " 'marginal_employment', '2022-05-01'),"
                + " (md5('x2')::uuid, '" + project
                + "', md5('m' || 4001)::uuid, md5('e1')::uuid, 'internship', '2023-05-01'),"
                + " (md5('x3')::uuid, '" + project
                + "', md5('m' || 4002)::uuid, md5('e1')::uuid, 'employment', '2024-07-01')");
        // employers 1..1997 had contacts in the period, 1998..2000 only before it
        data.sql("insert into activity (id, project_id, employer_id, occurred_on, duration_minutes, channel, topics)"
                + " select md5('a' || n)::uuid, '" + project + "', md5('e' || n)::uuid,"
                + " case when n <= 1997 then date '2020-02-01' + (n % 1500) else date '2019-11-30' end,"
                + " 45, 'in_person', '{employer_advice}' from generate_series(1, 2000) n");

        var json = given().auth()
                .oauth2(Tokens.role("coordinator"))
                .queryParam("from", "2020-01-01")
                .queryParam("to", "2024-06-30")
                .when()
                .get("/api/v1/statistics/key-results")
                .then()
                .statusCode(200)
                .body("menteesSupported.total", equalTo(4794))
                .body("menteesSupported.female", equalTo(1678))
                .body("employersSupported.total", equalTo(1997))
                .body("menteesPlaced.total", equalTo(2672))
                .body("menteesPlaced.female", equalTo(802))
                .body("menteesSustainablyIntegrated.total", equalTo(1920))
                .body("menteesSustainablyIntegrated.female", equalTo(461))
                .body("definitionVersion", equalTo(KeyResultDefinitions.VERSION))
                .extract()
                .jsonPath();
        // as the programme writes them: 35 %, 30 %, 24 %
        assertThat(Math.round(json.getDouble("menteesSupported.femaleShare") * 100))
                .isEqualTo(35);
        assertThat(Math.round(json.getDouble("menteesPlaced.femaleShare") * 100))
                .isEqualTo(30);
        assertThat(Math.round(json.getDouble("menteesSustainablyIntegrated.femaleShare") * 100))
                .isEqualTo(24);
    }
}
