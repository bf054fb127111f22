package fr.cfa.backoffice.curriculum.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CohortRequest", description = "A cohort to schedule")
public record CohortRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2 to 40 upper-case letters, digits or dashes")
        @Schema(example = "MSADS-2027-01", required = true) String code,
        @NotNull @Schema(description = "First day of the cycle, a Monday", example = "2027-01-04", required = true) LocalDate startDate,
        @NotNull @Min(1) @Max(200) @Schema(example = "12", required = true) Integer capacity,
        @Size(max = 300) @Schema(description = "Where the centre weeks take place", example = "CFA Saint-Denis, 12 rue de la République") String place,
        @Valid @Schema(description = "Alternance rhythm; 1 centre week / 1 employer week when absent") RhythmRequest rhythm) {}
