package fr.cfa.backoffice.admissions.domain;

/** What an officer records when reviewing a file. */
public enum ReviewOutcome {
    /** The officer takes the file for review (e.g. waiting for a document). */
    UNDER_REVIEW,
    ACCEPTED_FOR_INTERVIEW,
    REJECTED
}
