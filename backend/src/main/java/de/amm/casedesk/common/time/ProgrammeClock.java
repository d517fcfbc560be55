package de.amm.casedesk.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the backend. Code asks for "now" and "today" through an injected {@link Clock} whose zone
 * is the programme's ({@code Europe/Berlin}), so {@code LocalDate.now(clock)} is the day in Saxony on any
 * server. Tests replace it with a clock they pin.
 */
@ApplicationScoped
public class ProgrammeClock {

    private final ClockSettings settings;

    public ProgrammeClock(ClockSettings settings) {
        this.settings = settings;
    }

    @Produces
    @Singleton
    Clock clock() {
        Clock system = Clock.system(settings.zone());
        return settings.startsAt()
                .map(start -> Clock.offset(system, Duration.between(system.instant(), start)))
                .orElse(system);
    }
}
