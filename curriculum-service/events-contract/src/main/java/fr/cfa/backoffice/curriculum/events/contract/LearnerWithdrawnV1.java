package fr.cfa.backoffice.curriculum.events.contract;

import java.time.LocalDate;
import java.util.UUID;

/** The learner dropped out (national status ABANDON). */
public record LearnerWithdrawnV1(UUID enrollmentId, UUID candidateId, UUID cohortId, LocalDate withdrawnOn) {
    public static final String NAME = "LearnerWithdrawn";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
