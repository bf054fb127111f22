package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.admissions.domain.CohortStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cohort", description = "A cohort admissions recruits for, as announced by curriculum",
        requiredProperties = {"id", "code", "startDate", "endDate", "capacity", "status"})
public record CohortView(
        @Schema(example = "3f2e1d0c-9b8a-4765-8432-10fedcba9876") UUID id,
        @Schema(example = "MSADS-2027-01") String code,
        @Schema(example = "2027-01-04") LocalDate startDate,
        @Schema(example = "2027-06-20") LocalDate endDate,
        @Schema(description = "Seats; admissions beyond them are waitlisted", example = "12") int capacity,
        @Schema(description = "OPEN cohorts accept applications until they start") CohortStatus status) {}
