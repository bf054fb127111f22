package fr.cfa.backoffice.curriculum.domain.enrollment;

import fr.cfa.backoffice.curriculum.config.CurriculumConfig;
import fr.cfa.backoffice.curriculum.domain.nationaldashboard.NationalRecords;
import fr.cfa.backoffice.curriculum.domain.nationaldashboard.StateStatus;
import fr.cfa.backoffice.curriculum.domain.nationaldashboard.StateStatusRules;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The learners the State's services ask CFAs to accompany: those still in training with us whom the State's dashboard
 * counts as ABANDON on that day (enrolled without a contract for more than 90 days, legal limit 3 months, L6222-12-1;
 * rupturants for more than 180 days, L6222-18-2). The State's rules decide ({@link StateStatusRules}, the same facts as
 * the national dashboard preview), so the two lists never disagree.
 */
@ApplicationScoped
public class Accompaniment {
    @Inject
    EnrollmentRepository enrollments;

    @Inject
    NationalRecords records;

    @Inject
    StateStatusRules stateRules;

    @Inject
    CurriculumConfig config;

    public record LearnerToAccompany(EnrollmentEntity enrollment, long daysElapsed, int limitDays) {}

    /** Three statements (the learners in training without a contract, their cohorts, their contracts), whatever their number. */
    public List<LearnerToAccompany> on(LocalDate day) {
        List<EnrollmentEntity> inTraining = enrollments.all(Set.of(LearnerStatus.INSCRIT_SANS_CONTRAT, LearnerStatus.RUPTURANT));
        return records.load(inTraining).stream()
                .filter(l -> stateRules.on(l.facts(), day).status() == StateStatus.ABANDON)
                .map(l -> l.enrollment())
                .sorted(Comparator.comparing((EnrollmentEntity e) -> e.status).thenComparing(e -> e.statusSince).thenComparing(e -> e.id))
                .map(e -> new LearnerToAccompany(e, ChronoUnit.DAYS.between(e.statusSince, day), limitOf(e.status)))
                .toList();
    }

    private int limitOf(LearnerStatus status) {
        return status == LearnerStatus.RUPTURANT ? config.accompaniment().rupturantDays() : config.accompaniment().withoutContractDays();
    }

    /** The date by which a rupturant must have found a new employer. */
    public LocalDate newContractDeadline(EnrollmentEntity e) {
        return e.status == LearnerStatus.RUPTURANT && e.contractTerminatedOn != null
                ? e.contractTerminatedOn.plusMonths(config.accompaniment().newContractMonths()) : null;
    }
}
