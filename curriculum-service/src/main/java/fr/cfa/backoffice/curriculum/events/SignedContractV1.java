package fr.cfa.backoffice.curriculum.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Tolerant reader of placement.contracts ContractSigned.v1 (no longer published, still in the topic's history: no employer SIRET).
 * Only the fields curriculum uses, the others ignored. NAME and VERSION are what {@link LearnerJourneyConsumer} routes on;
 * ConsumedEventsMatchProducerContractsTest checks them, and the fields, against the producer's events-contract record.
 */
record SignedContractV1(UUID contractId, UUID candidateId, LocalDate startDate, LocalDate endDate) {
    static final String NAME = "ContractSigned";
    static final int VERSION = 1;
}
