package fr.cfa.backoffice.placement.config;

import fr.cfa.backoffice.platform.time.SuiteClock;
import jakarta.annotation.Priority;
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
 * Workaround until platform fixes its {@code Clocks} producers, which keep the application from starting:
 * <ul>
 *   <li>the suite clock is produced both as {@code SuiteClock} (whose bean types include {@code Clock}, since it
 *   extends it) and as {@code Clock}, so {@code @Inject Clock} is ambiguous;</li>
 *   <li>Hibernate Validator takes its {@code ClockProvider} at static init, where platform's provider builds the
 *   suite clock, which needs the runtime {@code SimulatedTimeConfig} (SRCFG00027).</li>
 * </ul>
 * These selected alternatives are the same suite clock, the provider reading it only when a
 * constraint checks a value.
 * Delete this class once platform types its {@code SuiteClock} producer ({@code @Typed(SuiteClock.class)}) and
 * makes its {@code ClockProvider} lazy.
 */
@Singleton
public class SuiteClockInjection {
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

    /** Reads the suite clock at each reading, so that nothing needs it before the application runs. */
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
