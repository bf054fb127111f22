package fr.cfa.backoffice.curriculum.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RhythmView", description = "The cohort's alternance rhythm as scheduled", requiredProperties = {"initialCenterWeeks", "centerWeeks", "employerWeeks"})
public record RhythmView(@Schema(description = "Centre weeks before the first cycle", example = "2") int initialCenterWeeks,
                         @Schema(description = "Centre weeks per cycle", example = "1") int centerWeeks,
                         @Schema(description = "Employer weeks per cycle", example = "1") int employerWeeks) {}
