package fr.cfa.backoffice.curriculum.domain;

/** A cohort is OPEN to recruitment until it starts, then RUNNING, then CLOSED after its end date. */
public enum CohortStatus {
    OPEN,
    RUNNING,
    CLOSED
}
