package fr.cfa.backoffice.admissions.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Qualification", requiredProperties = {"level", "title", "socialField"})
public record QualificationView(@Schema(description = "Level 1–8 of the national framework", example = "3") String level,
                                @Schema(nullable = true, example = "CAP Accompagnant éducatif petite enfance") String title,
                                @Schema(example = "true") boolean socialField) {}
