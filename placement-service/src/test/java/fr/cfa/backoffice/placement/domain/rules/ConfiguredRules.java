package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.config.PlacementConfig;
import fr.cfa.backoffice.placement.domain.PlacementRules;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;

/**
 * The rules as the service builds them: from placement.* settings read by {@link PlacementConfig} (the law's values by
 * default), so that a "…are configuration" test fails when a threshold is hard-coded again.
 */
final class ConfiguredRules {
    private ConfiguredRules() {}

    static PlacementRules with(Map<String, String> settings) {
        PlacementConfig config = new SmallRyeConfigBuilder().withMapping(PlacementConfig.class)
                .withSources(new PropertiesConfigSource(settings, "test", 500)).build().getConfigMapping(PlacementConfig.class);
        return new PlacementRules(config);
    }

    static PlacementRules defaults() {
        return with(Map.of());
    }
}
