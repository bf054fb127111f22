package fr.cfa.backoffice.placement.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.cfa.backoffice.placement.domain.JobActivity;
import fr.cfa.backoffice.placement.domain.Rating;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationRequest")
public record EvaluationRequest(@NotNull @Schema(examples = "2027-01-11") LocalDate periodFrom,
                                @NotNull @Schema(description = "Today at the latest: the weeks rated have been worked", examples = "2027-03-26") LocalDate periodTo,
                                @NotNull @Schema(description = "A rating for each of the eight job activities", examples = Examples.RATINGS) Map<JobActivity, Rating> ratings,
                                @Size(max = 4000) @Schema(examples = "Bonne posture d'écoute ; à consolider : écrits professionnels") String comments,
                                @Schema(description = "The final evaluation of the employer period", examples = "false") Boolean finalReview) {
    @JsonIgnore
    @AssertTrue(message = "rate each of the eight job activities")
    public boolean isEveryActivityRated() {
        return ratings != null && ratings.keySet().containsAll(EnumSet.allOf(JobActivity.class)) && !ratings.containsValue(null);
    }

    @JsonIgnore
    @AssertTrue(message = "the period must not end before it starts")
    public boolean isPeriodOrdered() {
        return periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom);
    }
}
