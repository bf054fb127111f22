package fr.cfa.backoffice.placement.events.contract;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The contract ended early: the learner becomes RUPTURANT (6 months to find a new employer). {@code terminatedOn} is the
 * termination's effective date (the contract's last day) and {@code ground} its legal ground: what the State's feed needs.
 */
public record ContractTerminatedV1(UUID contractId, UUID candidateId, UUID cohortId, UUID employerId, LocalDate terminatedOn, String ground,
                                   String initiator) {
    public static final String NAME = "ContractTerminated";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
