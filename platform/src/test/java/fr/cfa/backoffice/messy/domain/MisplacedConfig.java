package fr.cfa.backoffice.messy.domain;

import io.smallrye.config.ConfigMapping;

/** Architecture fixture: violates config_mappings_live_in_config. */
@ConfigMapping(prefix = "messy")
public interface MisplacedConfig {
    int days();
}
