package fr.cfa.backoffice.curriculum.domain;

import fr.cfa.backoffice.curriculum.config.CurriculumConfig;
import fr.cfa.backoffice.curriculum.domain.attendance.AttendanceRate;
import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.domain.results.ModuleOutcome;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.TrainingCompletedV1;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.ModuleResultEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import fr.cfa.backoffice.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The centre part of the training is completed when every module but the certification (M1–M8) is
 * acquired and the attendance rate reaches the configured minimum (80 % by default). Announced once.
 */
@ApplicationScoped
public class TrainingCompletion {
    @Inject
    EntityManager em;

    @Inject
    CurriculumConfig config;

    @Inject
    Outbox outbox;

    public AttendanceRate attendance(EnrollmentEntity e) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("select m.mark, count(m) from AttendanceMarkEntity m where m.enrollmentId = :e group by m.mark")
                .setParameter("e", e.id).getResultList();
        Map<Mark, Long> counts = new EnumMap<>(Mark.class);
        rows.forEach(r -> counts.put((Mark) r[0], (Long) r[1]));
        return AttendanceRate.of(counts);
    }

    /** Checks both conditions after a result or an attendance change; publishes TrainingCompleted the first time they hold. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(EnrollmentEntity e, LocalDate on) {
        if (e.trainingCompletedOn != null || e.status == LearnerStatus.ABANDON) return;
        CohortEntity cohort = em.find(CohortEntity.class, e.cohortId);
        ProgrammeVersionEntity programme = em.find(ProgrammeVersionEntity.class, cohort.programmeVersionId);
        Set<String> required = programme.modules.stream().filter(m -> !m.certificationExam).map(m -> m.code).collect(Collectors.toSet());
        Set<String> acquired = ModuleResultEntity.<ModuleResultEntity>list("enrollmentId = ?1 and outcome = ?2", e.id, ModuleOutcome.ACQUIRED)
                .stream().map(r -> r.moduleCode).collect(Collectors.toSet());
        AttendanceRate rate = attendance(e);
        if (!acquired.containsAll(required) || rate.percent() < config.minimumAttendancePercent()) return;
        e.trainingCompletedOn = on;
        outbox.record(CurriculumTopics.LEARNERS, e.candidateId.toString(), TrainingCompletedV1.NAME, TrainingCompletedV1.VERSION,
                new TrainingCompletedV1(e.id, e.candidateId, e.cohortId, on, rate.percent()));
    }
}
