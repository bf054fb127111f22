package fr.cfa.backoffice.curriculum.events;

import java.util.UUID;

/**
 * Tolerant reader of admissions.applications CandidateErased.v1.
 * Only the fields curriculum uses, the others ignored. NAME and VERSION are what {@link LearnerJourneyConsumer} routes on;
 * ConsumedEventsMatchProducerContractsTest checks them, and the fields, against the producer's events-contract record.
 */
record ErasureV1(UUID candidateId) {
    static final String NAME = "CandidateErased";
    static final int VERSION = 1;
}
