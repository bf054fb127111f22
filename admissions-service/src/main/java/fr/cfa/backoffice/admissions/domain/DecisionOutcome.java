package fr.cfa.backoffice.admissions.domain;

/** The admission decision. ADMITTED beyond the cohort's capacity becomes WAITLISTED with a rank. */
public enum DecisionOutcome {
    ADMITTED,
    WAITLISTED,
    REJECTED
}
