package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm.WeekKind;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CohortCalendar", description = "The cycle week by week: centre or employer, public holidays, hours per module",
        requiredProperties = {"cohortId", "startDate", "endDate", "centerWeeks", "employerWeeks", "weeks", "warnings"})
public record CalendarView(@Schema(example = "0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a") UUID cohortId,
                           @Schema(description = "Monday of the first week", example = "2027-01-04") LocalDate startDate,
                           @Schema(description = "Sunday of the last week", example = "2027-06-20") LocalDate endDate,
                           @Schema(example = "11") long centerWeeks, @Schema(example = "13") long employerWeeks,
                           List<WeekView> weeks,
                           @Schema(description = "Hours that found no room (e.g. public holidays in centre weeks); empty when all fit",
                                   example = "[\"M5: 7 h find no room in the centre weeks (public holidays)\"]") List<String> warnings) {

    @Schema(name = "CalendarWeek", requiredProperties = {"number", "monday", "sunday", "kind", "publicHolidays", "centerHours", "modules"})
    public record WeekView(@Schema(example = "1") int number, @Schema(example = "2027-01-04") LocalDate monday,
                           @Schema(example = "2027-01-10") LocalDate sunday, WeekKind kind,
                           List<HolidayView> publicHolidays, @Schema(description = "Teaching hours of a centre week", example = "35") int centerHours,
                           List<ModuleHoursView> modules) {}

    @Schema(name = "PublicHoliday", requiredProperties = {"date", "name"})
    public record HolidayView(@Schema(example = "2027-03-29") LocalDate date, @Schema(example = "Lundi de Pâques") String name) {}

    @Schema(name = "ModuleHours", requiredProperties = {"moduleCode", "hours"})
    public record ModuleHoursView(@Schema(example = "M1") String moduleCode, @Schema(example = "35") int hours) {}

    static CalendarView of(UUID cohortId, CalendarPlanner.Calendar calendar) {
        List<WeekView> weeks = calendar.weeks().stream().map(w -> new WeekView(w.number(), w.monday(), w.sunday(), w.kind(),
                w.holidays().stream().map(h -> new HolidayView(h.date(), h.name())).toList(), w.availableHours(),
                w.moduleHours().entrySet().stream().map(e -> new ModuleHoursView(e.getKey(), e.getValue())).toList())).toList();
        return new CalendarView(cohortId, weeks.get(0).monday(), weeks.get(weeks.size() - 1).sunday(),
                weeks.stream().filter(w -> w.kind() == WeekKind.CENTER).count(),
                weeks.stream().filter(w -> w.kind() == WeekKind.EMPLOYER).count(), weeks, calendar.warnings());
    }
}
