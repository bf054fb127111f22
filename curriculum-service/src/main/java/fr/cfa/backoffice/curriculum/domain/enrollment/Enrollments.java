package fr.cfa.backoffice.curriculum.domain.enrollment;

import fr.cfa.backoffice.curriculum.domain.nationaldashboard.TerminationCauses;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.LearnerEnrolledV1;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentContractEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentContractRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.platform.privacy.ErasureRegister;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The learner's journey, moved only by other services' events (each applied once by the inbox):
 * admitted → INSCRIT sans contrat → APPRENTI ⇄ RUPTURANT → FIN_DE_FORMATION, or ABANDON.
 * A step that the journey does not allow is refused, and the event is parked with the reason.
 */
@ApplicationScoped
public class Enrollments {
    private static final Logger LOG = Logger.getLogger(Enrollments.class);

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    EnrollmentHistoryRepository statusChanges;

    @Inject
    ErasureRegister erasures;

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrollmentContractRepository contracts;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The person admitted by admissions, as curriculum keeps them. */
    public record Admission(UUID candidateId, UUID applicationId, UUID cohortId, String firstName, String lastName, LocalDate birthDate,
                            String email, String phone, LocalDate admittedOn) {}

    /** @param endDate the planned end; @param employerSiret the establishment's SIRET (null from ContractSigned.v1) */
    public record SignedContract(UUID candidateId, UUID contractId, LocalDate startDate, LocalDate endDate, String employerSiret) {}

    /**
     * An erased person stays erased: an admission delivered again (a rebuild from the start of the topic, a replay)
     * neither refills the person nor enrolls them anew; it is ignored, not parked, since nothing is wrong with the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admitted(Admission admission) {
        if (erasures.isErased(admission.candidateId())) {
            LOG.infof("CandidateAdmitted ignored: candidate %s was erased", admission.candidateId()); // the id only, never the person
            return;
        }
        CohortEntity cohort = cohorts.findByIdOptional(admission.cohortId()).orElseThrow(() -> new BusinessRuleViolationException("unknown-cohort",
                "No cohort " + admission.cohortId() + " in curriculum", Map.of("cohortId", admission.cohortId().toString())));
        EnrollmentEntity existing = enrollments.findByCandidate(admission.candidateId()).orElse(null);
        EnrollmentEntity e = existing != null ? existing : new EnrollmentEntity();
        e.firstName = admission.firstName();
        e.lastName = admission.lastName();
        e.birthDate = admission.birthDate();
        e.email = admission.email();
        e.phone = admission.phone();
        e.updatedAt = OffsetDateTime.now(clock);
        if (existing != null) return; // a later admission message refreshes the contact details only
        e.id = UUID.randomUUID();
        e.candidateId = admission.candidateId();
        e.applicationId = admission.applicationId();
        e.cohortId = cohort.id;
        e.enrolledOn = admission.admittedOn();
        e.status = LearnerStatus.INSCRIT_SANS_CONTRAT;
        // The 3 months without a contract count from the start of the cycle (L6222-12-1).
        e.statusSince = admission.admittedOn().isAfter(cohort.startDate) ? admission.admittedOn() : cohort.startDate;
        e.statusChangedAt = e.updatedAt;
        enrollments.persist(e);
        history(e, null, e.statusSince, "CandidateAdmitted");
        outbox.record(CurriculumTopics.LEARNERS, e.candidateId.toString(), LearnerEnrolledV1.NAME, LearnerEnrolledV1.VERSION,
                new LearnerEnrolledV1(e.id, e.candidateId, e.cohortId, e.enrolledOn, e.status.name()));
    }

    /** Each contract is kept (the national record carries up to four); the same contract told twice is applied once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(SignedContract signed) {
        EnrollmentEntity e = learner(signed.candidateId());
        require(e, Set.of(LearnerStatus.INSCRIT_SANS_CONTRAT, LearnerStatus.RUPTURANT), "start a contract for");
        if (contracts.find(e.id, signed.contractId()).isPresent()) {
            throw new BusinessRuleViolationException("contract-already-signed", "Contract " + signed.contractId() + " was already signed for this learner");
        }
        EnrollmentContractEntity c = new EnrollmentContractEntity();
        c.key = new EnrollmentContractEntity.Key(e.id, signed.contractId());
        c.ordinal = contracts.countOf(e.id) + 1;
        c.startDate = signed.startDate();
        c.endDate = signed.endDate();
        c.employerSiret = signed.employerSiret();
        contracts.persist(c);
        e.contractId = signed.contractId();
        e.contractTerminatedOn = null;
        move(e, LearnerStatus.APPRENTI, signed.startDate(), "ContractSigned");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractTerminated(UUID candidateId, UUID contractId, LocalDate terminatedOn, String ground) {
        EnrollmentEntity e = learner(candidateId);
        require(e, Set.of(LearnerStatus.APPRENTI), "terminate the contract of");
        if (e.contractId != null && !e.contractId.equals(contractId)) {
            throw new BusinessRuleViolationException("unknown-contract", "Contract " + contractId + " is not the learner's current contract");
        }
        e.contractTerminatedOn = terminatedOn;
        contracts.find(e.id, contractId).ifPresent(c -> {
            c.terminatedOn = terminatedOn;
            c.terminationGround = ground;
        });
        // Excluded from the CFA (L6222-18-1): out of the training too, which the State counts as ABANDON.
        if (TerminationCauses.EXCLUSION_GROUND.equals(ground)) e.excludedOn = terminatedOn;
        move(e, LearnerStatus.RUPTURANT, terminatedOn, "ContractTerminated");
    }

    /** A withdrawal before admission concerns admissions only; after it, the learner drops out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID candidateId, LocalDate withdrawnOn) {
        EnrollmentEntity e = enrollments.findByCandidate(candidateId).orElse(null);
        if (e == null || e.status.isFinal()) return;
        move(e, LearnerStatus.ABANDON, withdrawnOn, "CandidateWithdrawn");
        outbox.record(CurriculumTopics.LEARNERS, e.candidateId.toString(), LearnerWithdrawnV1.NAME, LearnerWithdrawnV1.VERSION,
                new LearnerWithdrawnV1(e.id, e.candidateId, e.cohortId, withdrawnOn));
    }

    /** @param outcome WHOLE_TITLE (the diploma is obtained), PARTIAL or FAILED: the training ends either way */
    @Transactional(Transactional.TxType.MANDATORY)
    public void certificationResultPublished(UUID candidateId, String outcome, LocalDate publishedOn) {
        EnrollmentEntity e = learner(candidateId);
        require(e, Set.of(LearnerStatus.INSCRIT_SANS_CONTRAT, LearnerStatus.APPRENTI, LearnerStatus.RUPTURANT), "end the training of");
        e.diplomaObtained = "WHOLE_TITLE".equals(outcome);
        e.diplomaObtainedOn = e.diplomaObtained ? publishedOn : null;
        move(e, LearnerStatus.FIN_DE_FORMATION, publishedOn, "CertificationResultPublished");
    }

    /**
     * Erasure (GDPR art. 17): the person goes, the enrollment and its statuses stay for the statistics. The erasure is
     * remembered even for a candidate curriculum has not heard of yet, so that a later admission is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID candidateId) {
        erasures.remember(candidateId);
        enrollments.findByCandidate(candidateId).ifPresent(e -> {
            if (e.erasedAt != null) return;
            e.firstName = null;
            e.lastName = null;
            e.birthDate = null;
            e.email = null;
            e.phone = null;
            e.erasedAt = OffsetDateTime.now(clock);
            e.updatedAt = e.erasedAt;
        });
    }

    private EnrollmentEntity learner(UUID candidateId) {
        return enrollments.findByCandidate(candidateId).orElseThrow(() -> new BusinessRuleViolationException("unknown-learner",
                "No enrollment for candidate " + candidateId, Map.of("candidateId", candidateId.toString())));
    }

    private static void require(EnrollmentEntity e, Set<LearnerStatus> allowed, String step) {
        if (!allowed.contains(e.status)) throw new IllegalTransitionException("learner", e.status, step);
    }

    private void move(EnrollmentEntity e, LearnerStatus to, LocalDate since, String cause) {
        LearnerStatus from = e.status;
        e.status = to;
        e.statusSince = since;
        e.updatedAt = OffsetDateTime.now(clock);
        e.statusChangedAt = e.updatedAt;
        history(e, from, since, cause);
    }

    private void history(EnrollmentEntity e, LearnerStatus from, LocalDate on, String cause) {
        EnrollmentHistoryEntity h = new EnrollmentHistoryEntity();
        h.enrollmentId = e.id;
        h.fromStatus = from;
        h.toStatus = e.status;
        h.effectiveOn = on;
        h.recordedAt = OffsetDateTime.now(clock);
        h.cause = cause;
        statusChanges.persist(h);
    }
}
