package fr.cfa.backoffice.curriculum.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rhythm", description = "An optional initial block of centre weeks, then cycles of centre and employer weeks; "
        + "once one kind has all its weeks (11 centre, 13 employer) the rest are of the other kind")
public record RhythmRequest(
        @Min(0) @Max(24) @Schema(example = "2") Integer initialCenterWeeks,
        @NotNull @Min(0) @Max(24) @Schema(example = "1", required = true) Integer centerWeeks,
        @NotNull @Min(0) @Max(24) @Schema(example = "1", required = true) Integer employerWeeks) {}
