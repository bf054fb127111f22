package fr.cfa.backoffice.curriculum.domain.enrollment;

import fr.cfa.backoffice.curriculum.config.CurriculumConfig;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The learners the State's services ask CFAs to accompany: enrolled without a contract for more than
 * 90 days (legal limit 3 months, L6222-12-1) and rupturants for more than 180 days (L6222-18-2).
 */
@ApplicationScoped
public class Accompaniment {
    @Inject
    EnrollmentRepository enrollments;

    @Inject
    CurriculumConfig config;

    public record LearnerToAccompany(EnrollmentEntity enrollment, long daysElapsed, int limitDays) {}

    public List<LearnerToAccompany> on(LocalDate day) {
        List<LearnerToAccompany> result = new ArrayList<>();
        collect(result, LearnerStatus.INSCRIT_SANS_CONTRAT, config.accompaniment().withoutContractDays(), day);
        collect(result, LearnerStatus.RUPTURANT, config.accompaniment().rupturantDays(), day);
        return result;
    }

    /** The date by which a rupturant must have found a new employer. */
    public LocalDate newContractDeadline(EnrollmentEntity e) {
        return e.status == LearnerStatus.RUPTURANT && e.contractTerminatedOn != null
                ? e.contractTerminatedOn.plusMonths(config.accompaniment().newContractMonths()) : null;
    }

    private void collect(List<LearnerToAccompany> into, LearnerStatus status, int limitDays, LocalDate day) {
        // more than limitDays elapsed: since strictly before day - limitDays
        for (EnrollmentEntity e : enrollments.inStatusSinceBefore(status, day.minusDays(limitDays))) {
            into.add(new LearnerToAccompany(e, ChronoUnit.DAYS.between(e.statusSince, day), limitDays));
        }
    }
}
