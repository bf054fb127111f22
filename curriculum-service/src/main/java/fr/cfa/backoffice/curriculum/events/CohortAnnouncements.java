package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner;
import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import java.time.LocalDate;
import java.util.List;

/** Builds the curriculum.cohorts events (contract records) from a cohort and its calendar. */
public final class CohortAnnouncements {
    private CohortAnnouncements() {}

    public static CohortScheduledV1 scheduled(CohortEntity cohort, CalendarPlanner.Calendar calendar) {
        return new CohortScheduledV1(cohort.id, cohort.code, cohort.startDate, cohort.endDate, cohort.capacity, cohort.status.name(),
                cohort.place, employerWeekStarts(calendar), calendar.examWeekStart());
    }

    public static CohortUpdatedV1 updated(CohortEntity cohort, CalendarPlanner.Calendar calendar) {
        return new CohortUpdatedV1(cohort.id, cohort.code, cohort.startDate, cohort.endDate, cohort.capacity, cohort.status.name(),
                cohort.place, employerWeekStarts(calendar), calendar.examWeekStart());
    }

    /** The Mondays of the weeks spent at the employer: placement plans contracts on them. */
    private static List<LocalDate> employerWeekStarts(CalendarPlanner.Calendar calendar) {
        return calendar.ofKind(AlternanceRhythm.WeekKind.EMPLOYER).stream().map(CalendarPlanner.Week::monday).toList();
    }
}
