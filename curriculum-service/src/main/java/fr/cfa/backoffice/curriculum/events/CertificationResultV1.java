package fr.cfa.backoffice.curriculum.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Tolerant reader of certification.results CertificationResultPublished.v1 (whole title, partial or failed: the training ends either way).
 * Only the fields curriculum uses, the others ignored. NAME and VERSION are what {@link LearnerJourneyConsumer} routes on;
 * ConsumedEventsMatchProducerContractsTest checks them, and the fields, against the producer's events-contract record.
 */
record CertificationResultV1(UUID candidateId, String outcome, OffsetDateTime publishedAt) {
    static final String NAME = "CertificationResultPublished";
    static final int VERSION = 1;
}
