package fr.cfa.backoffice.curriculum.api;

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
                           List<CalendarWeekView> weeks,
                           @Schema(description = "Hours that found no room (e.g. public holidays in centre weeks); empty when all fit",
                                   example = "[\"M5: 7 h find no room in the centre weeks (public holidays)\"]") List<String> warnings) {}
