package fr.cfa.backoffice.placement.domain.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The end of the exams, from which the contract may run on 2 months (Code du travail L6222-7-1): the Friday of the cohort's
 * exam week (M9) as curriculum plans it; when the exam week is unknown (cohorts announced before it was), the cycle's end.
 */
public final class ExamsEnd {
    private ExamsEnd() {}

    /** @param examWeekStart the Monday of the exam week, or null when unknown */
    public static LocalDate of(LocalDate examWeekStart, LocalDate cycleEnd) {
        if (examWeekStart == null) return Objects.requireNonNull(cycleEnd, "cycleEnd");
        if (examWeekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("An exam week starts on a Monday, not on " + examWeekStart + " (" + examWeekStart.getDayOfWeek() + ")");
        }
        return examWeekStart.with(DayOfWeek.FRIDAY);
    }
}
