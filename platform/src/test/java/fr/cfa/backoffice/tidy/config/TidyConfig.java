package fr.cfa.backoffice.tidy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tidy")
public interface TidyConfig {
    /** Fixture threshold (no law). */
    @WithDefault("3")
    int months();
}
