package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Keeps each candidate's path to the exam from other services' events (applied once by the inbox). */
@ApplicationScoped
public class Candidates {

    @Transactional(Transactional.TxType.MANDATORY)
    public void admitted(UUID candidateId, UUID cohortId, String firstName, String lastName) {
        CandidateEntity c = CandidateEntity.of(candidateId);
        if (c.erasedAt != null) return;
        c.cohortId = cohortId;
        c.firstName = firstName;
        c.lastName = lastName;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolled(UUID candidateId, UUID cohortId, LocalDate on) {
        CandidateEntity c = CandidateEntity.of(candidateId);
        c.cohortId = cohortId;
        c.enrolledOn = on;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingCompleted(UUID candidateId, LocalDate on) {
        CandidateEntity.of(candidateId).trainingCompletedOn = on;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void employerPeriodCompleted(UUID candidateId, LocalDate on) {
        CandidateEntity.of(candidateId).employerPeriodCompletedOn = on;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID candidateId, LocalDate on) {
        CandidateEntity.of(candidateId).withdrawnOn = on;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(UUID candidateId) {
        CandidateEntity.of(candidateId).contractsSigned++;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractTerminated(UUID candidateId) {
        CandidateEntity.of(candidateId).contractsTerminated++;
    }

    /** Erasure (GDPR art. 17): names go; the facts behind the published indicators stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID candidateId) {
        CandidateEntity c = CandidateEntity.findById(candidateId);
        if (c == null || c.erasedAt != null) return;
        c.firstName = null;
        c.lastName = null;
        c.fileReference = null;
        c.erasedAt = OffsetDateTime.now();
    }

    /** The professional file (dossier professionnel) was received. */
    @Transactional
    public CandidateEntity recordProfessionalFile(UUID candidateId, LocalDate receivedOn, String reference) {
        CandidateEntity c = CandidateEntity.<CandidateEntity>findByIdOptional(candidateId)
                .orElseThrow(() -> new ResourceNotFoundException("candidate", candidateId));
        c.fileReceivedOn = receivedOn;
        c.fileReference = reference;
        return c;
    }
}
