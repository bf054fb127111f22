package fr.cfa.backoffice.certification.config;

import fr.cfa.backoffice.platform.time.SuiteClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Works around two defects of platform's Clocks, without which the application does not start; remove this class once
 * platform fixes them:
 * <ul>
 * <li>it produces the suite clock both as SuiteClock (a Clock too) and as Clock, so {@code @Inject Clock} is ambiguous
 * (platform fix: {@code @Typed(SuiteClock.class)} on its SuiteClock producer);</li>
 * <li>Bean Validation builds its factory, and asks its ClockProvider for a clock (for {@code @PastOrPresent}), at static
 * init, where creating the SuiteClock fails: its runtime config (SimulatedTimeConfig) does not exist yet (platform fix: hand
 * Bean Validation a clock that looks the suite clock up when it is read, as here).</li>
 * </ul>
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
        Clock clock = new LookedUpClock(suiteClock, SuiteClock.CENTRE_ZONE);
        return () -> clock;
    }

    /** The suite clock, looked up each time it is read. */
    static final class LookedUpClock extends Clock {
        private final Instance<SuiteClock> suiteClock;
        private final ZoneId zone;

        LookedUpClock(Instance<SuiteClock> suiteClock, ZoneId zone) {
            this.suiteClock = suiteClock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new LookedUpClock(suiteClock, other);
        }

        @Override
        public Instant instant() {
            return suiteClock.get().instant();
        }
    }
}
