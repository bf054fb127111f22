package fr.cfa.backoffice.curriculum.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Tolerant reader of admissions.applications CandidateWithdrawn.v1.
 * Only the fields curriculum uses, the others ignored. NAME and VERSION are what {@link LearnerJourneyConsumer} routes on;
 * ConsumedEventsMatchProducerContractsTest checks them, and the fields, against the producer's events-contract record.
 */
record WithdrawalV1(UUID candidateId, OffsetDateTime withdrawnAt) {
    static final String NAME = "CandidateWithdrawn";
    static final int VERSION = 1;
}
