package fr.cfa.backoffice.certification.domain;

/** The cohort's status as curriculum announces it: OPEN to recruitment until it starts. */
public enum CohortStatus {
    OPEN,
    RUNNING,
    CLOSED
}
