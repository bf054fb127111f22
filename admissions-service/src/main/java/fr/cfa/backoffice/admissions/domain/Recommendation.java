package fr.cfa.backoffice.admissions.domain;

/** The interviewers' recommendation after the oral interview. */
public enum Recommendation {
    ADMIT,
    WAITLIST,
    REJECT
}
