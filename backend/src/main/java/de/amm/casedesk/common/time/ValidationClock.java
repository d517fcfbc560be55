package de.amm.casedesk.common.time;

import io.quarkus.arc.Arc;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Bean Validation's {@code @PastOrPresent} and friends judge dates by the programme's clock. The validators are
 * built, and take their clock, before the application's configuration is read; so they get a clock that asks the
 * programme's clock each time a date is checked.
 */
@Singleton
public class ValidationClock implements ClockProvider {

    private static final Clock PROGRAMME = new Clock() {
        @Override
        public ZoneId getZone() {
            return programme().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return programme().withZone(zone);
        }

        @Override
        public Instant instant() {
            return programme().instant();
        }
    };

    @Override
    public Clock getClock() {
        return PROGRAMME;
    }

    private static Clock programme() {
        return Arc.container().instance(Clock.class).get();
    }
}
