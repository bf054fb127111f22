package fr.cfa.backoffice.curriculum.events.contract;

import java.time.LocalDate;
import java.util.UUID;

/** A candidate admitted by admissions is now a learner of the cohort (national status INSCRIT sans contrat). */
public record LearnerEnrolledV1(UUID enrollmentId, UUID candidateId, UUID cohortId, LocalDate enrolledOn, String status) {
    public static final String NAME = "LearnerEnrolled";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
