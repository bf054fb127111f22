package fr.cfa.backoffice.platform.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A test class that moves the clock runs its own application with simulated time on ({@code @TestProfile}). */
public class SimulatedTimeProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("backoffice.simulated-time.enabled", "true");
    }
}
