package fr.cfa.backoffice.admissions.config;

import fr.cfa.backoffice.platform.time.SuiteClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Platform's Clocks produces the suite clock both as SuiteClock (a Clock too) and as Clock, so {@code @Inject Clock}
 * (platform's Outbox included) is ambiguous and the application does not start. This alternative picks the suite clock;
 * remove it once platform's SuiteClock producer is {@code @Typed(SuiteClock.class)}.
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
}
