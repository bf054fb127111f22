package fr.cfa.backoffice.admissions.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Experience", requiredProperties = {"role", "socialOrMediation", "months"})
public record ExperienceView(@Schema(example = "Adulte-relais") String role,
                             @Schema(example = "true") boolean socialOrMediation,
                             @Schema(example = "14") int months) {}
