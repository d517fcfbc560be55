package de.amm.casedesk.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A mentor's day: a mentor opens the caseload, opens a mentee (profile and timeline), records a contact, looks at the
 * follow-ups that are due, and opens another mentee. The mentors arrive over 20 s, then 100 work at a time
 * (-Damm.users) for 2 minutes
 * (-Damm.seconds), with pauses as a person makes them; every request must succeed. Tokens of the mentors' accounts
 * come from a JSON file (-Damm.tokens: [{"token": "..."}]); the backend from -Damm.backend.
 */
public class MentorsDay extends Simulation {

    private static final int USERS = Integer.getInteger("amm.users", 100);
    private static final int SECONDS = Integer.getInteger("amm.seconds", 120);

    private final HttpProtocolBuilder api = http.baseUrl(System.getProperty("amm.backend", "http://localhost:8082"))
            .acceptHeader("application/json")
            .header("Authorization", "Bearer #{token}")
            .shareConnections();

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
    }

    private static ChainBuilder openMentee(String name) {
        return exec(session -> {
                    List<String> mentees = session.getList("mentees");
                    return session.set("mentee", mentees.get(ThreadLocalRandom.current().nextInt(mentees.size())));
                })
                .exec(http(name + ": profile").get("/api/v1/mentees/#{mentee}").check(status().is(200)))
                .exec(http(name + ": timeline")
                        .get("/api/v1/mentees/#{mentee}/timeline")
                        .check(status().is(200)));
    }

    private final ScenarioBuilder day = scenario("A mentor's day")
            .feed(jsonFile(System.getProperty("amm.tokens")).circular())
            .exec(http("caseload")
                    .get("/api/v1/caseload?size=25")
                    .check(status().is(200))
                    .check(jmesPath("items[*].menteeId").ofList().saveAs("mentees")))
            .exitHereIfFailed()
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .exec(openMentee("mentee"))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(session -> session.set("key", UUID.randomUUID().toString()).set("today", today()))
            .exec(http("record a contact")
                    .post("/api/v1/activities")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody("{\"menteeId\": \"#{mentee}\", \"occurredOn\": \"#{today}\", \"durationMinutes\": 30,"
                            + " \"channel\": \"phone\", \"topics\": [\"job_search\", \"applications\"],"
                            + " \"note\": \"Load test\"}"))
                    .asJson()
                    .check(status().is(201)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(2))
            .exec(http("follow-ups due").get("/api/v1/follow-ups?open=true&size=25").check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(2))
            .exec(openMentee("next mentee"))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3));

    {
        // the mentors arrive over 20 s (a day starts), then 100 work at a time for the 2 minutes
        setUp(day.injectClosed(
                        rampConcurrentUsers(1).to(USERS).during(Duration.ofSeconds(20)),
                        constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS))))
                .protocols(api)
                .assertions(global().failedRequests().count().is(0L));
    }
}
