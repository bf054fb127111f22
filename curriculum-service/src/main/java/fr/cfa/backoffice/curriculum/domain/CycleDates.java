package fr.cfa.backoffice.curriculum.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** A training cycle starts on a Monday and lasts its centre weeks plus its employer weeks (11 + 13). */
public final class CycleDates {
    private CycleDates() {}

    /** Cohorts start on a Monday, the first day of the first week of the alternance calendar. */
    public static Optional<String> startDayProblem(LocalDate start) {
        return start.getDayOfWeek() == DayOfWeek.MONDAY
                ? Optional.empty()
                : Optional.of("a cohort starts on a Monday; " + start + " is a " + start.getDayOfWeek());
    }

    /** The cycle's last day: the Sunday closing its last week. */
    public static LocalDate endDate(LocalDate start, int centerWeeks, int employerWeeks) {
        return start.plusWeeks(centerWeeks + employerWeeks).minusDays(1);
    }
}
