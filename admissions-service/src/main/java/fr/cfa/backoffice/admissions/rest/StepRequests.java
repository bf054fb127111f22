package fr.cfa.backoffice.admissions.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.cfa.backoffice.admissions.domain.DecisionOutcome;
import fr.cfa.backoffice.admissions.domain.InterviewOutcome;
import fr.cfa.backoffice.admissions.domain.InterviewPlan;
import fr.cfa.backoffice.admissions.domain.Recommendation;
import fr.cfa.backoffice.admissions.domain.ReviewOutcome;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the selection steps. */
public final class StepRequests {
    private StepRequests() {}

    @Schema(name = "ReviewRequest")
    public record ReviewRequest(@NotNull ReviewOutcome outcome,
                                @NotBlank @Size(max = 2000) @Schema(example = "Complete file, relevant experience as adulte-relais") String reason) {}

    @Schema(name = "InterviewScheduleRequest")
    public record InterviewScheduleRequest(
            @NotNull @Future @Schema(description = "Date-time with offset", example = "2026-12-15T10:00:00+01:00") OffsetDateTime at,
            @Size(max = 300) @Schema(example = "CFA, salle 2") String place,
            @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https link") @Schema(example = "https://visio.example.org/room/42") String videoLink,
            @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 200) String> interviewers) {

        @JsonIgnore
        @AssertTrue(message = "give a place or a video link")
        public boolean isPlaceOrVideoLink() {
            return (place != null && !place.isBlank()) || videoLink != null;
        }

        InterviewPlan toDomain() {
            return new InterviewPlan(at, place, videoLink, interviewers);
        }
    }

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

        InterviewOutcome toDomain() {
            return new InterviewOutcome(attended, motivation, jobUnderstanding, communication, project, recommendation, notes);
        }
    }

    @Schema(name = "DecisionRequest")
    public record DecisionRequest(@NotNull DecisionOutcome outcome,
                                  @NotBlank @Size(max = 2000) @Schema(example = "Strong motivation and a clear project") String reason) {}

    @Schema(name = "WithdrawalRequest")
    public record WithdrawalRequest(@NotBlank @Size(max = 2000) @Schema(example = "Found a job") String reason) {}
}
