package fr.cfa.backoffice.curriculum.events.contract;

import java.time.LocalDate;
import java.util.UUID;

/** The centre part is done: modules M1–M8 acquired and the attendance rate at or above the minimum. Once per learner. */
public record TrainingCompletedV1(UUID enrollmentId, UUID candidateId, UUID cohortId, LocalDate completedOn, int attendancePercent) {
    public static final String NAME = "TrainingCompleted";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
