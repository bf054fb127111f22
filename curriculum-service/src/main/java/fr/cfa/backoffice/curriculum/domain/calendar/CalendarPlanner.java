package fr.cfa.backoffice.curriculum.domain.calendar;

import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm.WeekKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a cohort's cycle week by week: the rhythm decides centre and employer weeks; modules M1–M8
 * fill the centre weeks in order by their planned hours (a weekday public holiday takes a day off);
 * the certification module (M9) takes the last centre week.
 */
public final class CalendarPlanner {
    public static final int HOURS_PER_DAY = 7;
    public static final int DAYS_PER_WEEK = 5;

    public record Module(String code, int plannedHours, boolean certificationExam) {}

    public record Holiday(LocalDate date, String name) {}

    public record Week(int number, LocalDate monday, LocalDate sunday, WeekKind kind, List<Holiday> holidays, int availableHours,
                       Map<String, Integer> moduleHours) {}

    /** @param examWeekStart the Monday of the week holding the certification exam (M9); null when no exam was placed */
    public record Calendar(List<Week> weeks, List<String> warnings, LocalDate examWeekStart) {
        public List<Week> ofKind(WeekKind kind) {
            return weeks.stream().filter(w -> w.kind() == kind).toList();
        }
    }

    private CalendarPlanner() {}

    /** @param modules in programme order; {@code start} is a Monday */
    public static Calendar plan(LocalDate start, AlternanceRhythm rhythm, int centerTotal, int employerTotal, List<Module> modules) {
        List<WeekKind> kinds = rhythm.weeks(centerTotal, employerTotal);
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            LocalDate monday = start.plusWeeks(i);
            List<Holiday> holidays = holidaysBetween(monday, monday.plusDays(6));
            long weekdayHolidays = holidays.stream().filter(h -> h.date().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()).count();
            int available = kinds.get(i) == WeekKind.CENTER ? (int) (DAYS_PER_WEEK - weekdayHolidays) * HOURS_PER_DAY : 0;
            weeks.add(new Week(i + 1, monday, monday.plusDays(6), kinds.get(i), holidays, available, new LinkedHashMap<>()));
        }
        List<String> warnings = new ArrayList<>();
        List<Week> centerWeeks = weeks.stream().filter(w -> w.kind() == WeekKind.CENTER).toList();
        Week last = centerWeeks.get(centerWeeks.size() - 1);
        int[] free = centerWeeks.stream().mapToInt(Week::availableHours).toArray();
        // The exam closes the cycle: reserve the last centre week for it first.
        LocalDate examWeekStart = null;
        for (Module exam : modules.stream().filter(Module::certificationExam).toList()) {
            int placed = Math.min(exam.plannedHours(), free[free.length - 1]);
            if (placed > 0) {
                last.moduleHours().put(exam.code(), placed);
                examWeekStart = last.monday();
            }
            free[free.length - 1] -= placed;
            if (placed < exam.plannedHours()) warnings.add(exam.code() + ": " + (exam.plannedHours() - placed) + " h do not fit in the last centre week");
        }
        int week = 0;
        for (Module module : modules.stream().filter(m -> !m.certificationExam()).toList()) {
            int left = module.plannedHours();
            while (left > 0 && week < centerWeeks.size()) {
                int placed = Math.min(left, free[week]);
                if (placed > 0) {
                    centerWeeks.get(week).moduleHours().merge(module.code(), placed, Integer::sum);
                    free[week] -= placed;
                    left -= placed;
                }
                if (free[week] == 0) week++;
            }
            if (left > 0) warnings.add(module.code() + ": " + left + " h find no room in the centre weeks (public holidays)");
        }
        return new Calendar(weeks, warnings, examWeekStart);
    }

    private static List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
        List<Holiday> found = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            FrenchPublicHolidays.of(year).forEach((date, name) -> {
                if (!date.isBefore(from) && !date.isAfter(to)) found.add(new Holiday(date, name));
            });
        }
        return found;
    }
}
