package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.results.ModuleOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModuleResult", description = "A module's evaluation as recorded",
        requiredProperties = {"enrollmentId", "moduleCode", "outcome", "score", "assessedOn", "assessor", "recordedAt", "recordedBy", "version"})
public record ModuleResultView(@Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId, @Schema(example = "M1") String moduleCode,
                               ModuleOutcome outcome,
                               @Schema(description = "Score out of 20; null when none was given", example = "14.5", nullable = true) BigDecimal score,
                               @Schema(example = "2027-02-12") LocalDate assessedOn, @Schema(example = "tom.trainer") String assessor,
                               @Schema(description = "When this evaluation was recorded", example = "2027-02-12T16:00:00+01:00") OffsetDateTime recordedAt,
                               @Schema(description = "Who recorded it; null for results recorded before this was kept", example = "tom.trainer",
                                       nullable = true) String recordedBy,
                               @Schema(description = "The result's version, also sent as the ETag", example = "0") long version) {}
