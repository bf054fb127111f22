package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.tools.dashboardstub.NationalDashboardStub;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Curriculum pointed at a stub of the State's national dashboard (a real HTTP server on a free port, started once for
 * the JVM), with simulated time on so that moving the clock drives the daily transmission.
 */
public class StateDashboardProfile implements QuarkusTestProfile {
    /** A test value, not a secret. */
    public static final String KEY = "test-dashboard-key-NOT-A-SECRET";
    public static final NationalDashboardStub STATE = NationalDashboardStub.start(KEY);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("curriculum.national-dashboard.url", STATE.baseUrl(), "curriculum.national-dashboard.key", KEY,
                "backoffice.simulated-time.enabled", "true");
    }
}
