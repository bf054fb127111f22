package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.platform.events.EventCodec.Optional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The data curriculum reads from other services' events (fields it does not need are ignored). */
final class ConsumedEvents {
    private ConsumedEvents() {}

    /** admissions.applications CandidateAdmitted.v1 */
    record CandidateAdmittedV1(UUID candidateId, @Optional UUID applicationId, UUID cohortId, String firstName, String lastName,
                               LocalDate birthDate, @Optional String email, @Optional String phone, OffsetDateTime admittedAt) {}

    /** admissions.applications CandidateWithdrawn.v1 */
    record CandidateWithdrawnV1(UUID candidateId, OffsetDateTime withdrawnAt) {}

    /** admissions.applications CandidateErased.v1 */
    record CandidateErasedV1(UUID candidateId) {}

    /** placement.contracts ContractSigned.v1 */
    record ContractSignedV1(UUID contractId, UUID candidateId, LocalDate startDate) {}

    /** placement.contracts ContractTerminated.v1 */
    record ContractTerminatedV1(UUID contractId, UUID candidateId, LocalDate terminatedOn) {}

    /** certification.results CertificationResultPublished.v1 (whole title, partial or failed: the training ends either way) */
    record CertificationResultPublishedV1(UUID candidateId, String outcome, OffsetDateTime publishedAt) {}
}
