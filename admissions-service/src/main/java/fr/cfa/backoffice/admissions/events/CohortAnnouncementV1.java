package fr.cfa.backoffice.admissions.events;

import fr.cfa.backoffice.admissions.domain.CohortFacts;
import fr.cfa.backoffice.admissions.domain.CohortStatus;
import fr.cfa.backoffice.platform.events.PoisonEventException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The data of curriculum's CohortScheduled.v1 and CohortUpdated.v1, as admissions reads it (tolerant reader): only the
 * fields the cohorts read model needs; the others (place, employer weeks, any later addition) are ignored.
 */
public record CohortAnnouncementV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, Integer capacity, String status) {

    CohortFacts toFacts() {
        CohortStatus parsed;
        try {
            parsed = CohortStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("unknown cohort status '" + status + "'");
        }
        if (capacity < 1) throw new PoisonEventException("cohort capacity must be positive, got " + capacity);
        return new CohortFacts(cohortId, code, startDate, endDate, capacity, parsed);
    }
}
