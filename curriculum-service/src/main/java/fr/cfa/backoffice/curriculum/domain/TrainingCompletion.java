package fr.cfa.backoffice.curriculum.domain;

import fr.cfa.backoffice.curriculum.config.CurriculumConfig;
import fr.cfa.backoffice.curriculum.domain.attendance.AttendanceRate;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.TrainingCompletedV1;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkRepository;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.ModuleResultRepository;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionRepository;
import fr.cfa.backoffice.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The centre part of the training is completed when every module but the certification (M1–M8) is
 * acquired and the attendance rate reaches the configured minimum (80 % by default). Announced once.
 */
@ApplicationScoped
public class TrainingCompletion {
    @Inject
    CohortRepository cohorts;

    @Inject
    ProgrammeVersionRepository programmes;

    @Inject
    ModuleResultRepository results;

    @Inject
    AttendanceMarkRepository marks;

    @Inject
    CurriculumConfig config;

    @Inject
    Outbox outbox;

    /** The learner's marks counted, in one statement. */
    public AttendanceRate attendance(UUID enrollmentId) {
        return AttendanceRate.of(marks.countsOf(enrollmentId));
    }

    /** Checks both conditions after a result or an attendance change; publishes TrainingCompleted the first time they hold. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(EnrollmentEntity e, LocalDate on) {
        if (e.trainingCompletedOn != null || e.status == LearnerStatus.ABANDON) return;
        CohortEntity cohort = cohorts.findById(e.cohortId);
        ProgrammeVersionEntity programme = programmes.findById(cohort.programmeVersionId);
        Set<String> required = programme.modules.stream().filter(m -> !m.certificationExam).map(m -> m.code).collect(Collectors.toSet());
        Set<String> acquired = results.acquiredBy(e.id);
        AttendanceRate rate = attendance(e.id);
        if (!acquired.containsAll(required) || rate.percent() < config.minimumAttendancePercent()) return;
        e.trainingCompletedOn = on;
        outbox.record(CurriculumTopics.LEARNERS, e.candidateId.toString(), TrainingCompletedV1.NAME, TrainingCompletedV1.VERSION,
                new TrainingCompletedV1(e.id, e.candidateId, e.cohortId, on, rate.percent()));
    }
}
