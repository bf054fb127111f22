package fr.cfa.backoffice.curriculum.events.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort was scheduled (curriculum.cohorts, key cohortId): what admissions needs to recruit for it and placement to
 * time contracts. {@code employerWeekStarts}: the Mondays of the weeks spent at the employer. No personal data.
 */
public record CohortScheduledV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, int capacity, String status,
                                @Nullable String place, List<LocalDate> employerWeekStarts) {
    public static final String NAME = "CohortScheduled";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;

}
