package fr.cfa.backoffice.curriculum.events.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cohort changed (its status moves with the clock, or its data was edited): the same data as {@link CohortScheduledV1}, as it now is. */
public record CohortUpdatedV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, int capacity, String status,
                              @Nullable String place, List<LocalDate> employerWeekStarts,
                              @Nullable LocalDate examWeekStart) {
    public static final String NAME = "CohortUpdated";
    public static final int VERSION = 1;
    /** The CloudEvent type. */
    public static final String TYPE = NAME + ".v" + VERSION;

    /** As announced before {@code examWeekStart} was added (readers of older events find it absent). */
    public CohortUpdatedV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, int capacity, String status, String place,
                           List<LocalDate> employerWeekStarts) {
        this(cohortId, code, startDate, endDate, capacity, status, place, employerWeekStarts, null);
    }
}
