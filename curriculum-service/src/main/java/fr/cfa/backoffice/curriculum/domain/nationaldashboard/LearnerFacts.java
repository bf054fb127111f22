package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What the State learns of a learner from the record, and what we know of them: one set of facts for the record, the
 * preview and the learners to accompany, so that the three never disagree.
 *
 * @param enteredOn the record's date_entree_formation: the later of admission and the cohort's start
 * @param contracts in signing order
 */
public record LearnerFacts(LearnerStatus ourStatus, LocalDate ourStatusSince, LocalDate enteredOn, LocalDate trainingEndsOn,
                           List<Contract> contracts, LocalDate excludedOn, Boolean diplomaObtained, LocalDate diplomaObtainedOn) {

    /** @param endOn the planned end (null when placement did not say: v1 events) */
    public record Contract(LocalDate startOn, LocalDate endOn, LocalDate rupturedOn) {}
}
