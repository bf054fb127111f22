package fr.cfa.backoffice.admissions.config;

import fr.cfa.backoffice.platform.time.SuiteClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Works around two defects of platform's Clocks that keep the application from starting:
 * <ul>
 *   <li>the suite clock is produced both as SuiteClock (a Clock too) and as Clock, so {@code @Inject Clock} (platform's
 *   Outbox included) is ambiguous;</li>
 *   <li>Hibernate Validator takes its ClockProvider at static init, where platform's provider builds the suite clock, which
 *   needs the runtime SimulatedTimeConfig (SRCFG00027).</li>
 * </ul>
 * These alternatives are the same suite clock; the validation one reads it only when a constraint checks a value. Remove
 * this class once platform types its SuiteClock producer ({@code @Typed(SuiteClock.class)}) and makes its ClockProvider lazy.
 */
@ApplicationScoped
public class SuiteClockResolution {
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock(SuiteClock suiteClock) {
        return suiteClock;
    }

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    ClockProvider validationClock(Instance<SuiteClock> suiteClock) {
        Clock lazy = new LazySuiteClock(suiteClock);
        return () -> lazy;
    }

    /** The suite clock, looked up at each reading so nothing needs it before the application runs. */
    private static final class LazySuiteClock extends Clock {
        private final Instance<SuiteClock> suiteClock;

        LazySuiteClock(Instance<SuiteClock> suiteClock) {
            this.suiteClock = suiteClock;
        }

        @Override
        public ZoneId getZone() {
            return SuiteClock.CENTRE_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(this, Duration.ZERO).withZone(zone);
        }

        @Override
        public Instant instant() {
            return suiteClock.get().instant();
        }
    }
}
