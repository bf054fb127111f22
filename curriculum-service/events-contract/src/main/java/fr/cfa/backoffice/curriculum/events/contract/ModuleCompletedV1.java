package fr.cfa.backoffice.curriculum.events.contract;

import java.time.LocalDate;
import java.util.UUID;

/** A learner acquired a module (evaluation during training, ECF). */
public record ModuleCompletedV1(UUID enrollmentId, UUID candidateId, UUID cohortId, String moduleCode, LocalDate assessedOn) {
    public static final String NAME = "ModuleCompleted";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
