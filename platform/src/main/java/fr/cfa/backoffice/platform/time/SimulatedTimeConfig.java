package fr.cfa.backoffice.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** {@code BACKOFFICE_SIMULATED_TIME=true} turns simulated time on (acceptance runs and demos only; off by default). */
@ConfigMapping(prefix = "backoffice.simulated-time")
public interface SimulatedTimeConfig {
    @WithName("enabled")
    @WithDefault("false")
    boolean enabled();
}
