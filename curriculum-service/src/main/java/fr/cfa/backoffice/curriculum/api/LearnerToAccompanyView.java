package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LearnerToAccompany", description = "A learner past the legal threshold of their status",
        requiredProperties = {"enrollmentId", "candidateId", "cohortId", "firstName", "lastName", "status", "nationalStatus", "since", "daysElapsed", "limitDays"})
public record LearnerToAccompanyView(@Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId,
                                     @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID candidateId,
                                     @Schema(example = "0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a") UUID cohortId,
                                     @Schema(description = "null once the person is erased", example = "Awa", nullable = true) String firstName,
                                     @Schema(description = "null once the person is erased", example = "Diallo", nullable = true) String lastName,
                                     LearnerStatus status, @Schema(example = "INSCRIT sans contrat") String nationalStatus,
                                     @Schema(description = "Since when the learner has this status", example = "2027-01-04") LocalDate since,
                                     @Schema(example = "97") long daysElapsed,
                                     @Schema(description = "The threshold passed (90 without contract, 180 rupturant)", example = "90") int limitDays) {}
