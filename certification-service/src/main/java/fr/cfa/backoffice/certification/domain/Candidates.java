package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.EligibilityView;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CandidateRepository;
import fr.cfa.backoffice.certification.persistence.CcpHeldRepository;
import fr.cfa.backoffice.certification.persistence.CertificateRepository;
import fr.cfa.backoffice.platform.privacy.ErasureRegister;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.time.NotInTheFuture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Keeps each candidate's path to the exam from other services' events (applied once by the inbox). */
@ApplicationScoped
public class Candidates {
    private static final Logger LOG = Logger.getLogger(Candidates.class);

    @Inject
    CandidateRepository candidates;

    @Inject
    ErasureRegister erasures;

    @Inject
    CertificateRepository certificates;

    @Inject
    CcpHeldRepository held;

    @Inject
    Clock clock;

    /** Carries the person's name: refused for an erased person, whatever the event id (replays, rebuilds). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admitted(UUID candidateId, UUID cohortId, String firstName, String lastName) {
        if (erasures.isErased(candidateId)) {
            LOG.infof("CandidateAdmitted ignored: candidate %s was erased", candidateId);
            return;
        }
        CandidateEntity c = candidates.findOrCreate(candidateId);
        c.cohortId = cohortId;
        c.firstName = firstName;
        c.lastName = lastName;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolled(UUID candidateId, UUID cohortId, LocalDate on) {
        CandidateEntity c = candidates.findOrCreate(candidateId);
        c.cohortId = cohortId;
        c.enrolledOn = on;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingCompleted(UUID candidateId, LocalDate on) {
        candidates.findOrCreate(candidateId).trainingCompletedOn = on;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void employerPeriodCompleted(UUID candidateId, LocalDate on) {
        candidates.findOrCreate(candidateId).employerPeriodCompletedOn = on;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID candidateId, LocalDate on) {
        candidates.findOrCreate(candidateId).withdrawnOn = on;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(UUID candidateId) {
        candidates.findOrCreate(candidateId).contractsSigned++;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractTerminated(UUID candidateId) {
        candidates.findOrCreate(candidateId).contractsTerminated++;
    }

    /**
     * Erasure (docs/rules.md, "Privacy"; GDPR art. 17): names, the file reference and the kept copies of signed credentials (they name the holder) go;
     * the facts behind the published indicators stay. Remembered by id, even for a person not seen yet, so nothing brings them back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID candidateId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        erasures.remember(candidateId);
        CandidateEntity c = candidates.findById(candidateId);
        if (c != null) {
            c.firstName = null;
            c.lastName = null;
            c.fileReference = null;
            if (c.erasedAt == null) c.erasedAt = now;
        }
        certificates.update("credential = null where candidateId = ?1", candidateId);
    }

    /** The professional file (dossier professionnel) was received: on a day already come, possibly recorded later (when and by whom is kept). */
    @Transactional
    public EligibilityView recordProfessionalFile(UUID candidateId, LocalDate receivedOn, String reference, Caller by) {
        NotInTheFuture.requireNotAfterToday("receivedOn", receivedOn, clock);
        CandidateEntity c = candidates.findByIdOptional(candidateId).orElseThrow(() -> new ResourceNotFoundException("candidate", candidateId));
        c.fileReceivedOn = receivedOn;
        c.fileReference = reference;
        c.fileRecordedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // as stored: the answer and later reads agree
        c.fileRecordedBy = by.name();
        return Views.eligibility(candidateId, c, held.codesHeldBy(candidateId));
    }
}
