package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Published on curriculum.cohorts when a cohort is scheduled (CohortScheduled) and when it changes
 * (CohortUpdated, same data): what admissions needs to recruit for it and placement to time contracts.
 * No personal data.
 */
public record CohortScheduledV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, int capacity, String status,
                                String place, List<LocalDate> employerWeekStarts) {
    public static final String NAME = "CohortScheduled";

    /** {@code employerWeekStarts}: the Mondays of the weeks spent at the employer (placement plans contracts on them). */
    public static CohortScheduledV1 of(CohortEntity cohort, CalendarPlanner.Calendar calendar) {
        return new CohortScheduledV1(cohort.id, cohort.code, cohort.startDate, cohort.endDate, cohort.capacity, cohort.status.name(),
                cohort.place, calendar.ofKind(AlternanceRhythm.WeekKind.EMPLOYER).stream().map(CalendarPlanner.Week::monday).toList());
    }
}
