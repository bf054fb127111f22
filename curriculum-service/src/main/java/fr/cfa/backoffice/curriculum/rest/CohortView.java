package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.domain.CohortStatus;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cohort")
public record CohortView(
        UUID id,
        @Schema(example = "MSADS-2027-01") String code,
        @Schema(example = "2027-01-04") LocalDate startDate,
        @Schema(description = "Last day of the 24-week cycle", example = "2027-06-20") LocalDate endDate,
        @Schema(example = "12") int capacity,
        CohortStatus status,
        @Schema(description = "Programme version the cohort follows") UUID programmeVersionId,
        String place,
        @Schema(description = "Alternance rhythm") RhythmView rhythm,
        String createdBy,
        OffsetDateTime createdAt,
        @Schema(description = "Optimistic-lock version, also sent as the ETag") long version) {

    @Schema(name = "RhythmView")
    public record RhythmView(int initialCenterWeeks, int centerWeeks, int employerWeeks) {}

    static CohortView of(CohortEntity c) {
        return new CohortView(c.id, c.code, c.startDate, c.endDate, c.capacity, c.status, c.programmeVersionId,
                c.place, new RhythmView(c.initialCenterWeeks, c.centerWeeksPerCycle, c.employerWeeksPerCycle),
                c.createdBy, c.createdAt, c.version);
    }
}
