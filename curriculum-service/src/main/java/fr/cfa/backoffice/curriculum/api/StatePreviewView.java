package fr.cfa.backoffice.curriculum.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.domain.nationaldashboard.StateStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatePreview", description = "A learner's status in our records and the one the State's dashboard will derive on that day from the "
        + "records we send, with its next change; members that do not apply are absent",
        requiredProperties = {"enrollmentId", "candidateId", "cohortId", "status", "nationalStatus", "stateStatus", "stateStatusSince", "stateRule", "agrees"})
public record StatePreviewView(
        @Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId,
        @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID candidateId,
        @Schema(example = "0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a") UUID cohortId,
        @Schema(description = "Absent once the person is erased", example = "Awa") String firstName,
        @Schema(description = "Absent once the person is erased", example = "Diallo") String lastName,
        @Schema(description = "Our status") LearnerStatus status,
        @Schema(example = "INSCRIT sans contrat") String nationalStatus,
        @Schema(description = "The status the State derives on that day") StateStatus stateStatus,
        @Schema(example = "2027-04-05") LocalDate stateStatusSince,
        @Schema(description = "Why the State derives it", example = "without a contract for more than 90 days") String stateRule,
        @Schema(description = "false when the State will count the learner otherwise than we do (e.g. ABANDON while we still train them)") boolean agrees,
        @Schema(description = "The State's next status if nothing new happens; absent when none is foreseen") StateStatus nextStateStatus,
        @Schema(description = "The day that next status begins", example = "2027-04-05") LocalDate nextChangeOn,
        @Schema(description = "Days left before the State counts the learner as ABANDON; only when that is the next change", example = "12") Long daysBeforeAbandon) {}
