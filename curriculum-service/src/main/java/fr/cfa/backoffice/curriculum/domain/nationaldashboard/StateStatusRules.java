package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import fr.cfa.backoffice.curriculum.config.CurriculumConfig;
import fr.cfa.backoffice.curriculum.config.NationalDashboardConfig;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How the State's dashboard derives a learner's status from the records it receives (OBLIGATIONS.md §1, from the
 * dashboard's own code): more than 90 days without a contract, more than 180 days rupturant, or an exclusion count as
 * ABANDON; a contract ending normally within 60 days of the training's end counts as FIN_DE_FORMATION. The thresholds
 * are configuration (curriculum.accompaniment.*, curriculum.national-dashboard.contract-ends-with-training-days).
 */
@ApplicationScoped
public class StateStatusRules {
    @Inject
    CurriculumConfig curriculum;

    @Inject
    NationalDashboardConfig dashboard;

    /**
     * The State's status on a day, and its next change if no new fact arrives.
     *
     * @param since the day the status began
     * @param next the status it will have from {@code nextOn} (both null when none is foreseen)
     * @param rule why the State derives that status, in a few words
     */
    public record StateView(StateStatus status, LocalDate since, String rule, StateStatus next, LocalDate nextOn) {
        /** Days left before the State counts the learner as ABANDON; null when that is not the next change. */
        public Long daysBeforeAbandon(LocalDate on) {
            return next == StateStatus.ABANDON ? ChronoUnit.DAYS.between(on, nextOn) : null;
        }
    }

    public StateView on(LearnerFacts f, LocalDate on) {
        Derived now = derive(f, on);
        LocalDate candidate = now.changesOn;
        if (candidate == null) return new StateView(now.status, now.since, now.rule, null, null);
        Derived then = derive(f, candidate);
        return new StateView(now.status, now.since, now.rule, then.status, candidate);
    }

    /** @param changesOn the first day a later status may begin, by the rules' clocks (null: none) */
    private record Derived(StateStatus status, LocalDate since, String rule, LocalDate changesOn) {}

    private Derived derive(LearnerFacts f, LocalDate on) {
        // An exclusion counts as ABANDON.
        if (f.excludedOn() != null && !f.excludedOn().isAfter(on)) return new Derived(StateStatus.ABANDON, f.excludedOn(), "excluded from the training", null);
        // Our own ABANDON (a withdrawal) is sent as statut_apprenant 0.
        if (f.ourStatus() == LearnerStatus.ABANDON) return new Derived(StateStatus.ABANDON, f.ourStatusSince(), "dropped out (statut 0)", null);
        if (Boolean.TRUE.equals(f.diplomaObtained()) && f.diplomaObtainedOn() != null && !f.diplomaObtainedOn().isAfter(on)) {
            return new Derived(StateStatus.FIN_DE_FORMATION, f.diplomaObtainedOn(), "diploma obtained", null);
        }
        LearnerFacts.Contract last = null;
        for (LearnerFacts.Contract c : f.contracts()) if (!c.startOn().isAfter(on)) last = c;
        if (last == null) return withoutContract(f.enteredOn(), on, "enrolled without a contract");
        if (last.rupturedOn() != null && !last.rupturedOn().isAfter(on)) {
            int limit = curriculum.accompaniment().rupturantDays();
            LocalDate abandonOn = last.rupturedOn().plusDays(limit + 1L); // more than 180 days
            return on.isBefore(abandonOn)
                    ? new Derived(StateStatus.RUPTURANT, last.rupturedOn(), "contract terminated", abandonOn)
                    : new Derived(StateStatus.ABANDON, abandonOn, "rupturant for more than " + limit + " days", null);
        }
        if (last.endOn() != null && last.endOn().isBefore(on)) {
            LocalDate after = last.endOn().plusDays(1);
            if (!last.endOn().isBefore(f.trainingEndsOn().minusDays(dashboard.contractEndsWithTrainingDays()))) {
                return new Derived(StateStatus.FIN_DE_FORMATION, after, "contract ended within " + dashboard.contractEndsWithTrainingDays()
                        + " days of the training's end", null);
            }
            return withoutContract(after, on, "contract ended before the training");
        }
        return new Derived(StateStatus.APPRENTI, last.startOn(), "under contract", last.endOn() == null ? null : last.endOn().plusDays(1));
    }

    private Derived withoutContract(LocalDate from, LocalDate on, String rule) {
        int limit = curriculum.accompaniment().withoutContractDays();
        LocalDate abandonOn = from.plusDays(limit + 1L); // more than 90 days
        return on.isBefore(abandonOn)
                ? new Derived(StateStatus.INSCRIT, from, rule, abandonOn)
                : new Derived(StateStatus.ABANDON, abandonOn, "without a contract for more than " + limit + " days", null);
    }
}
