package fr.cfa.backoffice.curriculum.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Tolerant reader of placement.contracts ContractTerminated.v1.
 * Only the fields curriculum uses, the others ignored. NAME and VERSION are what {@link LearnerJourneyConsumer} routes on;
 * ConsumedEventsMatchProducerContractsTest checks them, and the fields, against the producer's events-contract record.
 */
record TerminationV1(UUID contractId, UUID candidateId, LocalDate terminatedOn, String ground) {
    static final String NAME = "ContractTerminated";
    static final int VERSION = 1;
}
