package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.CohortStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cohort", description = "A cohort of the programme: its cycle, capacity, place and rhythm",
        requiredProperties = {"id", "code", "startDate", "endDate", "capacity", "status", "programmeVersionId", "place", "rhythm", "createdBy", "createdAt", "version"})
public record CohortView(
        @Schema(example = "0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a") UUID id,
        @Schema(example = "MSADS-2027-01") String code,
        @Schema(example = "2027-01-04") LocalDate startDate,
        @Schema(description = "Last day of the 24-week cycle", example = "2027-06-20") LocalDate endDate,
        @Schema(description = "Learners the cohort takes", example = "12") int capacity,
        CohortStatus status,
        @Schema(description = "Programme version the cohort follows", example = "6d1c3c5e-36b1-4b8e-9a2f-36241a000001") UUID programmeVersionId,
        @Schema(description = "Where the centre weeks take place; null when not given at scheduling", nullable = true,
                example = "CFA Saint-Denis, 12 rue de la République") String place,
        @Schema(description = "Alternance rhythm") RhythmView rhythm,
        @Schema(description = "Who scheduled it (the token's name)", example = "tom.trainer") String createdBy,
        @Schema(example = "2026-11-02T10:15:00+01:00") OffsetDateTime createdAt,
        @Schema(description = "Optimistic-lock version, also sent as the ETag", example = "0") long version) {}
