package fr.cfa.backoffice.curriculum.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The national apprenticeship dashboard feed (tableau de bord de l'apprentissage, OBLIGATIONS.md §1): the centre's own
 * identifiers, where to send and how. Formats are checked at start (domain/nationaldashboard/CentreIdentityCheck).
 */
@ConfigMapping(prefix = "curriculum.national-dashboard")
public interface NationalDashboardConfig {
    Centre centre();

    /** The State's base URL; records go to {url}/api/v3/dossiers-apprenants. No URL or no key: nothing is sent. */
    Optional<String> url();

    /** The organisation's exchange key (Bearer); revoked by the State after 12 months without a transmission. */
    Optional<String> key();

    /** Records per request: the State takes at most 2 000. */
    @WithDefault("2000")
    int batchSize();

    /** The daily transmission runs once a day, from this time of the suite's clock (Europe/Paris). */
    @WithDefault("02:30")
    LocalTime dailyAt();

    /** How often the daily job checks whether the day's transmission is due ("off" in tests: the clock's moves drive it). */
    @WithDefault("5m")
    String checkEvery();

    Retry retry();

    /** How long one request may take before it is retried. */
    @WithDefault("PT30S")
    Duration requestTimeout();

    /** The contract ending normally within this many days of the training's end counts as FIN_DE_FORMATION (the State's rule). */
    @WithDefault("60")
    int contractEndsWithTrainingDays();

    interface Centre {
        /** UAI (the national register of establishments' number: 7 digits and a letter) of the responsible establishment. */
        String responsibleUai();

        /** SIRET (14 digits) of the responsible establishment. */
        String responsibleSiret();

        /** UAI of the establishment that trains (often the same). */
        String trainingUai();

        String trainingSiret();

        /** The title's RNCP code (RNCP36241, level 4); the renewed title's code once it changes. */
        @WithDefault("RNCP36241")
        String rncp();

        /** The diploma code (CFD, 8 characters), when the title has one. */
        Optional<String> cfd();

        @WithDefault("MSADS")
        String shortTitle();

        /** The training site's address and postal code (5 digits). */
        String siteAddress();

        String sitePostalCode();
    }

    interface Retry {
        /** Attempts of one batch on 429, 5xx or a network error before the transmission stops. */
        @WithDefault("6")
        int maxAttempts();

        /** The first wait, doubled at each attempt up to maxBackoff; a Retry-After header is honoured up to maxBackoff. */
        @WithDefault("PT1S")
        Duration initialBackoff();

        @WithDefault("PT30S")
        Duration maxBackoff();
    }
}
