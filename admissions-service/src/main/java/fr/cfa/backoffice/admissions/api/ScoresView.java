package fr.cfa.backoffice.admissions.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterviewScores", description = "The grid, each from 1 to 5; null when the candidate did not attend",
        requiredProperties = {"motivation", "jobUnderstanding", "communication", "project"})
public record ScoresView(@Schema(nullable = true, example = "4") Integer motivation,
                         @Schema(nullable = true, example = "3") Integer jobUnderstanding,
                         @Schema(nullable = true, example = "4") Integer communication,
                         @Schema(nullable = true, example = "3") Integer project) {}
