package fr.cfa.backoffice.placement.events.contract;

import java.time.LocalDate;
import java.util.UUID;

/** The cohort's employer weeks have elapsed under an active contract and the final evaluation is recorded. */
public record EmployerPeriodCompletedV1(UUID contractId, UUID candidateId, UUID cohortId, LocalDate completedOn) {
    public static final String NAME = "EmployerPeriodCompleted";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
