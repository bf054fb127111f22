package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.platform.events.EventCodec.Optional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Tolerant reader of admissions.applications CandidateAdmitted.v1.
 * Only the fields curriculum uses, the others ignored. NAME and VERSION are what {@link LearnerJourneyConsumer} routes on;
 * ConsumedEventsMatchProducerContractsTest checks them, and the fields, against the producer's events-contract record.
 */
record AdmissionV1(UUID candidateId, @Optional UUID applicationId, UUID cohortId, String firstName, String lastName,
                   LocalDate birthDate, @Optional String email, @Optional String phone, OffsetDateTime admittedAt) {
    static final String NAME = "CandidateAdmitted";
    static final int VERSION = 1;
}
