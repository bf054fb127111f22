package fr.cfa.backoffice.curriculum.domain.enrollment;

import fr.cfa.backoffice.curriculum.api.EnrollmentHistoryView;
import fr.cfa.backoffice.curriculum.api.EnrollmentView;
import fr.cfa.backoffice.curriculum.api.LearnerToAccompanyView;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.EnumParameter;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The reads of enrollments: a cohort's page of learners (three statements), one learner with its history (two), and the
 * learners to accompany (two), whatever their number. Days in status count to the suite clock's today.
 */
@ApplicationScoped
public class EnrollmentQueries {
    @Inject
    EnrollmentRepository enrollments;

    @Inject
    EnrollmentHistoryRepository history;

    @Inject
    CohortRepository cohorts;

    @Inject
    Accompaniment accompaniment;

    @Inject
    Clock clock;

    /** @param status the query's value (null for every status), read once the cohort is found: an unknown cohort is a 404 first */
    public Page<EnrollmentView> inCohort(UUID cohortId, String status, PageRequest page) {
        cohorts.findByIdOptional(cohortId).orElseThrow(() -> new ResourceNotFoundException("cohort", cohortId));
        LearnerStatus only = EnumParameter.parse(LearnerStatus.class, status, "status");
        LocalDate today = LocalDate.now(clock);
        return enrollments.inCohort(cohortId, only, page).map(e -> view(e, null, today));
    }

    public EnrollmentView get(UUID id) {
        EnrollmentEntity e = enrollments.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("enrollment", id));
        return view(e, history.of(id), LocalDate.now(clock));
    }

    /** @param on the day to count to; null for today at the centre (Europe/Paris) */
    public List<LearnerToAccompanyView> toAccompany(LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return accompaniment.on(day).stream().map(l -> new LearnerToAccompanyView(l.enrollment().id, l.enrollment().candidateId,
                l.enrollment().cohortId, l.enrollment().firstName, l.enrollment().lastName, l.enrollment().status,
                l.enrollment().status.nationalLabel(), l.enrollment().statusSince, l.daysElapsed(), l.limitDays())).toList();
    }

    /** @param history null in lists (the member is then absent) */
    private EnrollmentView view(EnrollmentEntity e, List<EnrollmentHistoryEntity> history, LocalDate today) {
        return new EnrollmentView(e.id, e.candidateId, e.cohortId, e.firstName, e.lastName, e.status, e.status.nationalLabel(), e.statusSince,
                Math.max(0, ChronoUnit.DAYS.between(e.statusSince, today)), e.enrolledOn, e.contractId, accompaniment.newContractDeadline(e),
                e.erasedAt != null ? Boolean.TRUE : null,
                history == null ? null : history.stream().map(h -> new EnrollmentHistoryView(h.fromStatus, h.toStatus, h.effectiveOn, h.recordedAt, h.cause)).toList());
    }
}
