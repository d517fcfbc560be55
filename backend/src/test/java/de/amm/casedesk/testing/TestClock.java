package de.amm.casedesk.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The backend's clock in tests: pinned, never the machine's. By default it shows 29 November 2026, 00:56 in
 * Berlin (23:56 UTC the day before), the moment a real server in UTC once refused "today"; the system property
 * {@code amm.test.now} (an ISO local date-time in Berlin, e.g. {@code 2028-02-29T00:30}) pins another moment, so
 * the suite can run at several dates. A test that needs a particular moment sets it and calls {@link #reset}
 * afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final LocalDateTime DEFAULT_NOW = LocalDateTime.of(2026, 11, 29, 0, 56);

    private static volatile Instant pinned = defaultInstant();

    /** The pinned moment as Berlin's local date-time. */
    public static LocalDateTime pinnedLocal() {
        return LocalDateTime.ofInstant(pinned, BERLIN);
    }

    /** The pinned moment. */
    public static Instant now() {
        return pinned;
    }

    /** Today in the programme's calendar, as the backend sees it. */
    public static LocalDate today() {
        return LocalDate.ofInstant(pinned, BERLIN);
    }

    /** Pins the clock to a moment given as Berlin's local time. */
    public static void set(LocalDateTime berlin) {
        pinned = ZonedDateTime.of(berlin, BERLIN).toInstant();
    }

    /** Back to the suite's moment. */
    public static void reset() {
        pinned = defaultInstant();
    }

    private static Instant defaultInstant() {
        String configured = System.getProperty("amm.test.now", System.getenv("AMM_TEST_NOW"));
        LocalDateTime local =
                configured == null || configured.isBlank() ? DEFAULT_NOW : LocalDateTime.parse(configured.strip());
        return ZonedDateTime.of(local, BERLIN).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return BERLIN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(pinned, zone);
    }

    @Override
    public Instant instant() {
        return pinned;
    }
}
