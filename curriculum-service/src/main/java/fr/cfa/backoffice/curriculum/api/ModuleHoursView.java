package fr.cfa.backoffice.curriculum.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModuleHours", requiredProperties = {"moduleCode", "hours"})
public record ModuleHoursView(@Schema(example = "M1") String moduleCode, @Schema(example = "35") int hours) {}
