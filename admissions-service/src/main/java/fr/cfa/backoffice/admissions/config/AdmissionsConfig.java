package fr.cfa.backoffice.admissions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Admission thresholds that may change (programme sheet; branch practice). */
@ConfigMapping(prefix = "admissions")
public interface AdmissionsConfig {
    /** Youngest age, in whole years on the cohort's start date. */
    @WithDefault("18")
    int minimumAge();

    /** Oldest age, in whole years on the cohort's start date (inclusive); RQTH lifts it. */
    @WithDefault("29")
    int maximumAge();

    /** Months of social/mediation experience that stand in for a social-field qualification. */
    @WithDefault("12")
    int minimumRelevantExperienceMonths();
}
