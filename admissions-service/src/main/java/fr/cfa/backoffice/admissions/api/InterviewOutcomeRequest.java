package fr.cfa.backoffice.admissions.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.cfa.backoffice.admissions.domain.InterviewOutcome;
import fr.cfa.backoffice.admissions.domain.Recommendation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterviewOutcomeRequest")
public record InterviewOutcomeRequest(
        @NotNull @Schema(example = "true") Boolean attended,
        @Min(1) @Max(5) @Schema(example = "4") Integer motivation,
        @Min(1) @Max(5) @Schema(example = "3") Integer jobUnderstanding,
        @Min(1) @Max(5) @Schema(example = "4") Integer communication,
        @Min(1) @Max(5) @Schema(example = "3") Integer project,
        Recommendation recommendation,
        @Size(max = 4000) @Schema(description = "Free text, read by admissions officers only", example = "Clear project, knows the job's constraints") String notes) {

    @JsonIgnore
    @AssertTrue(message = "an attended interview needs the four scores and a recommendation")
    public boolean isGridComplete() {
        return !Boolean.TRUE.equals(attended)
                || (motivation != null && jobUnderstanding != null && communication != null && project != null && recommendation != null);
    }

    public InterviewOutcome toDomain() {
        return new InterviewOutcome(attended, motivation, jobUnderstanding, communication, project, recommendation, notes);
    }
}
