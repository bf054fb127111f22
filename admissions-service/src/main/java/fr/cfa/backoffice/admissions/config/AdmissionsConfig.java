package fr.cfa.backoffice.admissions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Admission thresholds that may change (docs/rules.md, "Admission"). */
@ConfigMapping(prefix = "admissions")
public interface AdmissionsConfig {
    /** Youngest age, in whole years on the cohort's start date (Code du travail L6222-1). */
    @WithDefault("18")
    int minimumAge();

    /** Oldest age, in whole years on the cohort's start date (inclusive; L6222-1); RQTH lifts it (L6222-2). */
    @WithDefault("29")
    int maximumAge();

    /** Months of social/mediation experience that stand in for a social-field qualification (docs/rules.md, "Admission", prior level). */
    @WithDefault("12")
    int minimumRelevantExperienceMonths();
}
