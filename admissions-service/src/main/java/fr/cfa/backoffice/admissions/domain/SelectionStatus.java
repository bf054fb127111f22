package fr.cfa.backoffice.admissions.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands in the selection (docs/rules.md, "Admission", selection: file review, then oral interview).
 * SUBMITTED → FILE_UNDER_REVIEW → (FILE_REJECTED | FILE_ACCEPTED) → INTERVIEW_SCHEDULED → INTERVIEWED →
 * (ADMITTED | WAITLISTED | REJECTED); WITHDRAWN from any open state until the cohort starts.
 */
public enum SelectionStatus {
    SUBMITTED,
    FILE_UNDER_REVIEW,
    FILE_REJECTED,
    /** File accepted for the oral interview, which is still to be scheduled. */
    FILE_ACCEPTED,
    INTERVIEW_SCHEDULED,
    INTERVIEWED,
    ADMITTED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN;

    private static final Set<SelectionStatus> CLOSED = EnumSet.of(FILE_REJECTED, REJECTED, WITHDRAWN);

    /** Closed applications take no further step (withdrawal included). */
    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    public boolean canReview() {
        return this == SUBMITTED || this == FILE_UNDER_REVIEW;
    }

    /** Scheduling again while scheduled moves the interview. */
    public boolean canScheduleInterview() {
        return this == FILE_ACCEPTED || this == INTERVIEW_SCHEDULED;
    }

    public boolean canRecordInterview() {
        return this == INTERVIEW_SCHEDULED;
    }

    /** A waitlisted candidate can still be admitted or rejected by a later decision. */
    public boolean canDecide() {
        return this == INTERVIEWED || this == WAITLISTED;
    }

    public boolean canWithdraw() {
        return !isClosed();
    }
}
