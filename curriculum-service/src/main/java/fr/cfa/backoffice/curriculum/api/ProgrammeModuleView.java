package fr.cfa.backoffice.curriculum.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeModule", requiredProperties = {"code", "title", "order", "plannedHours", "ccpCode", "certificationExam"})
public record ProgrammeModuleView(@Schema(example = "M1") String code,
                                  @Schema(example = "Cadre d'intervention et contextes de la médiation sociale") String title,
                                  @Schema(example = "1") int order,
                                  @Schema(example = "35") int plannedHours,
                                  @Schema(description = "The CCP this module prepares; null for the cross-cutting modules (M8, M9)",
                                          example = "RNCP36241BC01", nullable = true) String ccpCode,
                                  @Schema(description = "True for the certification exam module (M9)") boolean certificationExam) {}
