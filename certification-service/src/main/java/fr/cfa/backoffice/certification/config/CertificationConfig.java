package fr.cfa.backoffice.certification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Certification thresholds and keys that vary by deployment or regulation. */
@ConfigMapping(prefix = "certification")
public interface CertificationConfig {
    /**
     * Professionals of the trade a jury needs at least (docs/rules.md, "Certification"; arrêté du 22 décembre 2015 relatif aux conditions
     * de délivrance du titre professionnel).
     */
    @WithDefault("2")
    int minimumProfessionalJuryMembers();

    /**
     * A rate is published only when its denominator reaches this (docs/rules.md, "Outcomes"; Code du travail L6111-8,
     * withholding as the national InserJeunes dataset does).
     */
    @WithDefault("20")
    int minimumDenominator();

    /**
     * Where third parties reach this service (scheme, host, optional path; no trailing slash needed). Credentials point at the
     * public verification endpoint under it; never taken from a request's Host header, which a caller chooses.
     */
    String publicBaseUrl();

    Title title();

    Credential credential();

    interface Title {
        @WithDefault("Titre Professionnel Médiateur(trice) social(e) Accès aux droits et services")
        String name();

        @WithDefault("RNCP36241")
        String rncpCode();

        @WithDefault("4")
        int level();
    }

    interface Credential {
        /** PEM (PKCS#8) RSA key that signs certificate credentials; classpath or file: location. */
        String signingKeyLocation();

        @WithDefault("cfa-certificates-1")
        String keyId();

        @WithDefault("https://cfa-backoffice.example/certification")
        String issuer();
    }
}
