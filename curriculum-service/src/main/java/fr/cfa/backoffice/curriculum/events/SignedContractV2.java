package fr.cfa.backoffice.curriculum.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Tolerant reader of placement.contracts ContractSigned.v2 (v1 and the employer's SIRET, the national record's siret_employeur).
 * Only the fields curriculum uses, the others ignored. NAME and VERSION are what {@link LearnerJourneyConsumer} routes on;
 * ConsumedEventsMatchProducerContractsTest checks them, and the fields, against the producer's events-contract record.
 */
record SignedContractV2(UUID contractId, UUID candidateId, String employerSiret, LocalDate startDate, LocalDate endDate) {
    static final String NAME = "ContractSigned";
    static final int VERSION = 2;
}
