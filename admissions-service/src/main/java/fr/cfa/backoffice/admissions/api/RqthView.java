package fr.cfa.backoffice.admissions.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rqth", description = "Health data, for admissions officers only", requiredProperties = {"recognised", "evidenceReference"})
public record RqthView(@Schema(example = "true") boolean recognised,
                       @Schema(nullable = true, example = "MDPH-93-2024-001234") String evidenceReference) {}
