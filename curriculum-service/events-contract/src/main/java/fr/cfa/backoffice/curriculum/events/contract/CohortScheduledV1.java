package fr.cfa.backoffice.curriculum.events.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort was scheduled (curriculum.cohorts, key cohortId): what admissions needs to recruit for it and placement to
 * time contracts. {@code employerWeekStarts}: the Mondays of the weeks spent at the employer; {@code examWeekStart}: the Monday
 * of the week holding the certification exam (M9), null when the calendar has none (placement dates the end of the exams
 * from it, L6222-7-1). No personal data.
 */
public record CohortScheduledV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, int capacity, String status,
                                @Nullable String place, List<LocalDate> employerWeekStarts,
                                @Nullable LocalDate examWeekStart) {
    public static final String NAME = "CohortScheduled";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;

    /** As announced before {@code examWeekStart} was added (readers of older events find it absent). */
    public CohortScheduledV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, int capacity, String status, String place,
                             List<LocalDate> employerWeekStarts) {
        this(cohortId, code, startDate, endDate, capacity, status, place, employerWeekStarts, null);
    }
}
