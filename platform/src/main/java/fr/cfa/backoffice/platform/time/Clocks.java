package fr.cfa.backoffice.platform.time;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Produces the suite clock for injection ({@code @Inject Clock clock}) and hands it to Bean Validation, so
 * {@code @Past}, {@code @PastOrPresent} and {@code @Future} judge against the same "now" as the domain.
 */
@RealTime("the suite clock is built on the system clock")
@ApplicationScoped
public class Clocks {
    private static final Logger LOG = Logger.getLogger(Clocks.class);

    /** One bean, injectable as {@code Clock} or {@code SuiteClock}. */
    @Produces
    @Singleton
    SuiteClock suiteClock(SimulatedTimeConfig config) {
        return new SuiteClock(Clock.systemUTC(), config.enabled());
    }

    /**
     * Bean Validation builds its factory at static init, before runtime config exists: the clock is looked up
     * when a constraint is judged, not when the provider is made.
     */
    @Produces
    @Singleton
    ClockProvider validationClock(Instance<SuiteClock> suiteClock) {
        Clock lazy = new LookedUpClock(suiteClock);
        return () -> lazy;
    }

    /** The suite clock, looked up at each reading (Hibernate Validator may keep the provider's clock from static init). */
    private static final class LookedUpClock extends Clock {
        private final Instance<SuiteClock> suiteClock;

        LookedUpClock(Instance<SuiteClock> suiteClock) {
            this.suiteClock = suiteClock;
        }

        @Override
        public java.time.ZoneId getZone() {
            return SuiteClock.CENTRE_ZONE;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return zone.equals(SuiteClock.CENTRE_ZONE) ? this : new SuiteClock.InZone(this, zone);
        }

        @Override
        public java.time.Instant instant() {
            return suiteClock.get().instant();
        }
    }

    void announce(@Observes StartupEvent event, SuiteClock clock) {
        if (clock.movable()) {
            LOG.warnf("SIMULATED TIME IS ON (BACKOFFICE_SIMULATED_TIME=true): the suite clock reads %s and can be moved with PUT /q/clock. "
                    + "Acceptance runs and demos only, never production.", clock.instant().atZone(SuiteClock.CENTRE_ZONE).toOffsetDateTime());
        }
    }
}
