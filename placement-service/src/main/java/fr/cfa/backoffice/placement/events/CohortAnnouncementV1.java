package fr.cfa.backoffice.placement.events;

import fr.cfa.backoffice.placement.domain.CohortFacts;
import fr.cfa.backoffice.placement.domain.CohortStatus;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.events.PoisonEventException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The data of curriculum's CohortScheduled.v1 and CohortUpdated.v1, as placement reads it; events older than examWeekStart lack it. */
public record CohortAnnouncementV1(UUID cohortId, String code, LocalDate startDate, LocalDate endDate, Integer capacity, String status,
                                   @EventCodec.Optional List<LocalDate> employerWeekStarts,
                                   @EventCodec.Optional LocalDate examWeekStart) {

    CohortFacts toFacts() {
        CohortStatus parsed;
        try {
            parsed = CohortStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("unknown cohort status '" + status + "'");
        }
        if (capacity < 1) throw new PoisonEventException("cohort capacity must be positive, got " + capacity);
        // the rules count days from these Mondays: a week that does not start on one is parked here, not refused at signing
        if (examWeekStart != null && examWeekStart.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new PoisonEventException("examWeekStart must be a Monday, got " + examWeekStart);
        }
        if (employerWeekStarts != null) {
            for (LocalDate monday : employerWeekStarts) {
                if (monday.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
                    throw new PoisonEventException("employerWeekStarts must be Mondays, got " + monday);
                }
            }
        }
        return new CohortFacts(cohortId, code, startDate, endDate, capacity, parsed,
                employerWeekStarts == null ? List.of() : employerWeekStarts, examWeekStart);
    }
}
