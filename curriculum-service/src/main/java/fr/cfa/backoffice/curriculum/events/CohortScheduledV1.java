package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published on curriculum.cohorts when a cohort is scheduled: what admissions needs to recruit for it
 * and placement to time contracts. No personal data.
 */
public record CohortScheduledV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, int capacity, String status) {
    public static final String NAME = "CohortScheduled";

    public static CohortScheduledV1 of(CohortEntity cohort) {
        return new CohortScheduledV1(cohort.id, cohort.code, cohort.startDate, cohort.endDate, cohort.capacity, cohort.status.name());
    }
}
