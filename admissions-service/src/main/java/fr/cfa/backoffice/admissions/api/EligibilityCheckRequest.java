package fr.cfa.backoffice.admissions.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.cfa.backoffice.admissions.domain.eligibility.Applicant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityCheckRequest", description = "A profile to check before applying; nothing is stored")
public record EligibilityCheckRequest(
        @Schema(description = "The target cohort: the rules use its start date", example = "3f2e1d0c-9b8a-4765-8432-10fedcba9876") UUID cohortId,
        @Schema(description = "Or a start date, when no cohort is chosen yet", example = "2027-01-04") LocalDate startDate,
        @NotNull @Past @Schema(example = "1999-04-12") LocalDate birthDate,
        @Schema(description = "Has a recognised disabled worker status (RQTH): lifts the upper age limit. Nothing is stored", example = "false") Boolean rqth,
        @Valid QualificationRequest highestQualification,
        @Size(max = 30) List<@Valid @NotNull ExperienceRequest> experiences) {

    @JsonIgnore
    @AssertTrue(message = "give a cohortId or a startDate")
    public boolean isCohortOrStartDate() {
        return cohortId != null || startDate != null;
    }

    /** The profile as the eligibility rules read it. */
    public Applicant applicant() {
        return new Applicant(birthDate, Boolean.TRUE.equals(rqth), highestQualification == null ? null : highestQualification.level(),
                highestQualification != null && Boolean.TRUE.equals(highestQualification.socialField()),
                experiences == null ? List.of() : experiences.stream().map(e -> new Applicant.Experience(e.role(), e.socialOrMediation(), e.months())).toList());
    }
}
