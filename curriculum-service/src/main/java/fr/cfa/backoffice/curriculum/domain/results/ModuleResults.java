package fr.cfa.backoffice.curriculum.domain.results;

import fr.cfa.backoffice.curriculum.api.ModuleResultView;
import fr.cfa.backoffice.curriculum.domain.TrainingCompletion;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.ModuleCompletedV1;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.curriculum.persistence.ModuleResultEntity;
import fr.cfa.backoffice.curriculum.persistence.ModuleResultRepository;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ConcurrentModificationException;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.time.NotInTheFuture;
import fr.cfa.backoffice.platform.web.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Evaluations during training (ECF), module by module; an acquired module is announced (ModuleCompleted). */
@ApplicationScoped
public class ModuleResults {
    @Inject
    EnrollmentRepository enrollments;

    @Inject
    CohortRepository cohorts;

    @Inject
    ProgrammeVersionRepository programmes;

    @Inject
    ModuleResultRepository results;

    @Inject
    Outbox outbox;

    @Inject
    TrainingCompletion completion;

    @Inject
    Clock clock;

    public record Evaluation(ModuleOutcome outcome, BigDecimal score, LocalDate assessedOn, String assessor) {}

    /** @return the result as recorded, and its version for the ETag */
    @Transactional
    public Versioned<ModuleResultView> record(UUID enrollmentId, String moduleCode, Evaluation evaluation, Long expectedVersion, Caller recordedBy) {
        EnrollmentEntity e = enrollments.findByIdOptional(enrollmentId)
                .orElseThrow(() -> new ResourceNotFoundException("enrollment", enrollmentId));
        if (e.status == LearnerStatus.ABANDON) throw new IllegalTransitionException("learner", e.status, "record a result for");
        CohortEntity cohort = cohorts.findById(e.cohortId);
        ProgrammeVersionEntity programme = programmes.findById(cohort.programmeVersionId);
        if (programme.modules.stream().noneMatch(m -> m.code.equals(moduleCode))) {
            throw new ResourceNotFoundException("module", moduleCode);
        }
        // an assessment cannot have taken place yet; a past one (entered late) is fine
        NotInTheFuture.requireNotAfterToday("assessedOn", evaluation.assessedOn(), clock);
        ModuleResultEntity result = results.of(enrollmentId, moduleCode).orElse(null);
        if (expectedVersion != null && (result == null ? -1 : result.version) != expectedVersion) {
            throw new ConcurrentModificationException("result of " + moduleCode, result == null ? -1 : result.version, true);
        }
        boolean newlyAcquired = evaluation.outcome() == ModuleOutcome.ACQUIRED && (result == null || result.outcome != ModuleOutcome.ACQUIRED);
        if (result == null) {
            result = new ModuleResultEntity();
            result.enrollmentId = enrollmentId;
            result.moduleCode = moduleCode;
        } else if (result.outcome == ModuleOutcome.ACQUIRED && evaluation.outcome() != ModuleOutcome.ACQUIRED && e.trainingCompletedOn != null) {
            throw new BusinessRuleViolationException("training-already-completed",
                    "The training was completed on " + e.trainingCompletedOn + "; an acquired module can no longer be withdrawn");
        }
        result.outcome = evaluation.outcome();
        result.score = evaluation.score();
        result.assessedOn = evaluation.assessedOn();
        result.assessor = evaluation.assessor();
        result.recordedAt = OffsetDateTime.now(clock);
        result.recordedBy = recordedBy.name();
        if (!results.isPersistent(result)) results.persist(result);
        if (newlyAcquired) {
            outbox.record(CurriculumTopics.LEARNERS, e.candidateId.toString(), ModuleCompletedV1.NAME, ModuleCompletedV1.VERSION,
                    new ModuleCompletedV1(e.id, e.candidateId, e.cohortId, moduleCode, evaluation.assessedOn()));
            completion.check(e, evaluation.assessedOn());
        }
        results.flush(); // the version the ETag carries is the one written
        return new Versioned<>(new ModuleResultView(result.enrollmentId, result.moduleCode, result.outcome, result.score, result.assessedOn,
                result.assessor, result.recordedAt, result.recordedBy, result.version), result.version);
    }

}
