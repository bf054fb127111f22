package fr.cfa.backoffice.admissions.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.cfa.backoffice.admissions.domain.InterviewPlan;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    public InterviewPlan toDomain() {
        return new InterviewPlan(at, place, videoLink, interviewers);
    }
}
