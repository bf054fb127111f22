package fr.cfa.backoffice.placement.events.contract;

import java.time.LocalDate;
import java.util.UUID;

/** An apprenticeship contract was signed: the learner becomes APPRENTI. No personal data beyond ids. Superseded by {@link ContractSignedV2}: no longer published, still in the topic's history. */
public record ContractSignedV1(UUID contractId, UUID candidateId, UUID cohortId, UUID employerId, LocalDate startDate, LocalDate endDate) {
    public static final String NAME = "ContractSigned";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
