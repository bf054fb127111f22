package fr.cfa.backoffice.curriculum.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The daily cohort lifecycle (domain/CohortLifecycle). */
@ConfigMapping(prefix = "curriculum.cohort-lifecycle")
public interface CohortLifecycleConfig {
    /** How often a replica checks whether today's run is done (a Quarkus scheduler period, or "off"). */
    @WithDefault("5m")
    String checkEvery();
}
