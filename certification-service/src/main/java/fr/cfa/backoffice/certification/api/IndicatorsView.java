package fr.cfa.backoffice.certification.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicators", description = "The published rates for the scope asked for",
        requiredProperties = {"year", "cohortId", "success", "dropOut", "contractTermination"})
public record IndicatorsView(@Schema(description = "The year of cohort start asked for; null when not given", nullable = true, example = "2027") Integer year,
                             @Schema(description = "The cohort asked for; null when not given", implementation = String.class, format = "uuid", nullable = true, example = "5c0e7b3a-9d24-4f18-a6e1-2b7f8c3d9e04")
                             UUID cohortId,
                             @Schema(description = "Taux d'obtention: candidates holding the whole title / candidates with a jury result") RateView success,
                             @Schema(description = "Taux d'interruption: learners who dropped out / learners enrolled") RateView dropOut,
                             @Schema(description = "Taux de rupture: contracts terminated early / contracts signed") RateView contractTermination) {}
