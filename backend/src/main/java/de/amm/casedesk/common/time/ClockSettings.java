package de.amm.casedesk.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of the programme's clock ({@code amm.clock.*}). */
@ConfigMapping(prefix = "amm.clock")
public interface ClockSettings {

    /** The zone whose calendar decides the programme's day: Saxony's, whatever the server's own zone. */
    @WithDefault("Europe/Berlin")
    ZoneId zone();

    /**
     * For demonstrations and end-to-end tests only: the moment the clock shows when the process starts; it then
     * runs on in real time. Absent in production.
     */
    Optional<Instant> startsAt();
}
