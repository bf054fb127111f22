package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm.WeekKind;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarWeek", requiredProperties = {"number", "monday", "sunday", "kind", "publicHolidays", "centerHours", "modules"})
public record CalendarWeekView(@Schema(example = "1") int number, @Schema(example = "2027-01-04") LocalDate monday,
                               @Schema(example = "2027-01-10") LocalDate sunday, WeekKind kind,
                               List<PublicHolidayView> publicHolidays, @Schema(description = "Teaching hours of a centre week", example = "35") int centerHours,
                               List<ModuleHoursView> modules) {}
