package fr.cfa.backoffice.placement.events.contract;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An apprenticeship contract was signed: the learner becomes APPRENTI. v2 adds the SIRET of the employer's establishment
 * (the national dashboard's siret_employeur); otherwise v1's fields, same meaning. Placement publishes v2 only; consumers
 * read v1 too (what the topic already holds). No personal data beyond ids.
 */
public record ContractSignedV2(UUID contractId, UUID candidateId, UUID cohortId, UUID employerId, String employerSiret, LocalDate startDate,
                               LocalDate endDate) {
    public static final String NAME = "ContractSigned";
    public static final int VERSION = 2;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;
}
