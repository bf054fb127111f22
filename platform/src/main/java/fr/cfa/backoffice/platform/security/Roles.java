package fr.cfa.backoffice.platform.security;

/** The roles of docs/rules.md ("The public contract"), as they appear in the token's {@code groups} claim. */
public final class Roles {
    public static final String ADMISSIONS_OFFICER = "admissions-officer";
    public static final String TRAINER = "trainer";
    public static final String PLACEMENT_OFFICER = "placement-officer";
    public static final String CERTIFICATION_OFFICER = "certification-officer";
    public static final String MANAGER = "manager";
    /** Partner; the token carries {@code employer_id}. */
    public static final String EMPLOYER = "employer";
    /** Partner (Mission Locale, France Travail…); the token carries {@code prescriber_id}. */
    public static final String PRESCRIBER = "prescriber";

    public static final String EMPLOYER_ID_CLAIM = "employer_id";
    public static final String PRESCRIBER_ID_CLAIM = "prescriber_id";

    private Roles() {}
}
