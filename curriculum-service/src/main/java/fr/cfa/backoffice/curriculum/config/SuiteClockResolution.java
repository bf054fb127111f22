package fr.cfa.backoffice.curriculum.config;

import fr.cfa.backoffice.platform.time.SuiteClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Works around two defects of platform's Clocks, without which the application does not start; remove this class once
 * platform fixes them:
 * <ul>
 * <li>it produces the suite clock both as SuiteClock (a Clock too) and as Clock, so {@code @Inject Clock} (platform's
 * Outbox included) is ambiguous (platform fix: {@code @Typed(SuiteClock.class)} on its SuiteClock producer);</li>
 * <li>Bean Validation builds its factory at static init, where its ClockProvider would create the SuiteClock, whose
 * runtime config (SimulatedTimeConfig) does not exist yet (platform fix: look the clock up when asked, as here).</li>
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
        return suiteClock::get;
    }
}
