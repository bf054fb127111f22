package fr.cfa.backoffice.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Says in /q/health whether the clock is simulated, and its now when it is: nobody should mistake a sandbox for the real centre. */
@Liveness
@Readiness
@ApplicationScoped
public class SimulatedTimeHealthCheck implements HealthCheck {
    @Inject
    SuiteClock clock;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Clock").up().withData("simulated", clock.movable());
        if (clock.movable()) response.withData("now", clock.instant().atZone(SuiteClock.CENTRE_ZONE).toOffsetDateTime().toString());
        return response.build();
    }
}
