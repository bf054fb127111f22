package fr.cfa.backoffice.placement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Placement settings that may change with the centre's practice. */
@ConfigMapping(prefix = "placement")
public interface PlacementConfig {
    Termination termination();

    interface Termination {
        /**
         * How far ahead a termination may be dated, in days. A break is recorded once decided and may take effect a
         * little later (a notice, the end of the month), so some days are allowed; 30 covers that, while a date months
         * ahead is a typo or a plan, and the contract would read as terminated (ContractTerminated published) while it runs.
         */
        @WithDefault("30")
        int maxDaysAhead();
    }
}
