package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.platform.events.EventCodec.Optional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Tolerant readers: the data curriculum reads from other services' events, only the fields it uses (the others are
 * ignored). Their NAME and VERSION are what the consumer routes on; ConsumedEventsMatchProducerContractsTest checks
 * them, and the fields, against the producers' events-contract records.
 */
final class ConsumedEvents {
    private ConsumedEvents() {}

    /** admissions.applications CandidateAdmitted.v1 */
    record CandidateAdmittedV1(UUID candidateId, @Optional UUID applicationId, UUID cohortId, String firstName, String lastName,
                               LocalDate birthDate, @Optional String email, @Optional String phone, OffsetDateTime admittedAt) {
        static final String NAME = "CandidateAdmitted";
        static final int VERSION = 1;
    }

    /** admissions.applications CandidateWithdrawn.v1 */
    record CandidateWithdrawnV1(UUID candidateId, OffsetDateTime withdrawnAt) {
        static final String NAME = "CandidateWithdrawn";
        static final int VERSION = 1;
    }

    /** admissions.applications CandidateErased.v1 */
    record CandidateErasedV1(UUID candidateId) {
        static final String NAME = "CandidateErased";
        static final int VERSION = 1;
    }

    /** placement.contracts ContractSigned.v1 */
    record ContractSignedV1(UUID contractId, UUID candidateId, LocalDate startDate) {
        static final String NAME = "ContractSigned";
        static final int VERSION = 1;
    }

    /** placement.contracts ContractTerminated.v1 */
    record ContractTerminatedV1(UUID contractId, UUID candidateId, LocalDate terminatedOn) {
        static final String NAME = "ContractTerminated";
        static final int VERSION = 1;
    }

    /** certification.results CertificationResultPublished.v1 (whole title, partial or failed: the training ends either way) */
    record CertificationResultPublishedV1(UUID candidateId, String outcome, OffsetDateTime publishedAt) {
        static final String NAME = "CertificationResultPublished";
        static final int VERSION = 1;
    }
}
