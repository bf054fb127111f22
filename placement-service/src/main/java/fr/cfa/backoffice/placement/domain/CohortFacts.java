package fr.cfa.backoffice.placement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What placement knows of a cohort, whichever event told it; {@code examWeekStart} null when not announced. */
public record CohortFacts(UUID id, String code, LocalDate startDate, LocalDate endDate, int capacity, CohortStatus status,
                          List<LocalDate> employerWeekStarts, LocalDate examWeekStart) {}
