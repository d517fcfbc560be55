package de.amm.casedesk.architecture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.amm.casedesk.testing.Fixtures;
import de.amm.casedesk.testing.Fixtures.Staff;
import de.amm.casedesk.testing.SchemaOwner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No personal data in the logs: after every other test of the run (this class comes last, see
 * junit.quarkus.orderer in application.properties), the run's log is searched for the names of the mentees the tests registered, and of
 * one mentee whose registration and changes fail in every way this test can think of.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class NoPersonalDataInLogsTest {

    static final Path LOG = Path.of("target/quarkus-test.log");

    @Inject
    Fixtures fixtures;

    @Inject
    SchemaOwner owner;

    @Test
    void theRunsLogNamesNoMentee() throws IOException {
        Staff mentor = fixtures.staff(fixtures.project(), "mentor");
        String first = "Wilhelmina";
        String last = "Quastenflosser-Abadi";
        Map<String, Object> consent =
                Map.of("scopes", List.of("counselling"), "textVersion", "2026-01", "givenOn", "2026-11-01");
        List<Map<String, Object>> attempts = List.of(
                Map.of("firstName", first, "lastName", last, "gender", "nobody", "consent", consent),
                Map.of("firstName", first, "lastName", last, "gender", "female", "birthDate", "gestern"),
                Map.of(
                        "firstName",
                        first,
                        "lastName",
                        last,
                        "gender",
                        "female",
                        "email",
                        first + "@",
                        "consent",
                        consent),
                Map.of("firstName", first, "lastName", last + "x".repeat(200), "gender", "female"),
                Map.of("firstName", first, "lastName", last, "gender", "female", "consent", consent));
        for (Map<String, Object> body : attempts) {
            given().auth()
                    .oauth2(mentor.token())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/mentees");
        }
        given().auth()
                .oauth2(mentor.token())
                .contentType(ContentType.JSON)
                .body("{\"firstName\": \"" + first + "\", \"lastName\": \"" + last + "\", \"gender\": ")
                .post("/api/v1/mentees");
        given().auth().oauth2(mentor.token()).queryParam("q", last).get("/api/v1/mentees");

        Set<String> names = new LinkedHashSet<>(List.of(first + " " + last, last));
        for (List<Object> row : owner.query("select first_name, last_name from mentee where last_name <> ''")) {
            names.add(row.get(0) + " " + row.get(1));
            if (row.get(1).toString().length() >= 5) {
                names.add(row.get(1).toString());
            }
        }
        assertThat(names).as("mentee names of this run").hasSizeGreaterThan(50);
        assertThat(LOG).as("the run's log").exists();
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (log.contains(name)) {
                found.add(name);
            }
        }
        assertThat(found).as("mentee names in %s", LOG).isEmpty();
    }
}
