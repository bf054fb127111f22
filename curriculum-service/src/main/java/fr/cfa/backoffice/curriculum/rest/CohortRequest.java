package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.domain.NewCohort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CohortRequest", description = "A cohort to schedule")
public record CohortRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2 to 40 upper-case letters, digits or dashes")
        @Schema(example = "MSADS-2027-01", required = true) String code,
        @NotNull @Schema(description = "First day of the cycle, a Monday", example = "2027-01-04", required = true) LocalDate startDate,
        @NotNull @Min(1) @Max(200) @Schema(example = "12", required = true) Integer capacity) {

    NewCohort toDomain() {
        return new NewCohort(code, startDate, capacity);
    }
}
