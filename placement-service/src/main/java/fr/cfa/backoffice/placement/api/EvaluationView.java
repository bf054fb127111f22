package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.JobActivity;
import fr.cfa.backoffice.placement.domain.Rating;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation")
public record EvaluationView(@Schema(examples = Examples.EVALUATION_ID) UUID id,
                             @Schema(examples = Examples.CONTRACT_ID) UUID contractId,
                             @Schema(examples = "2027-01-11") LocalDate periodFrom,
                             @Schema(examples = "2027-03-26") LocalDate periodTo,
                             @Schema(examples = Examples.RATINGS) Map<JobActivity, Rating> ratings,
                             @Schema(nullable = true, examples = "Bonne posture d'écoute ; à consolider : écrits professionnels") String comments,
                             @Schema(examples = "false") boolean finalReview,
                             @Schema(examples = "Karim Haddad") String evaluatedBy,
                             @Schema(examples = "2027-03-26T17:00:00+01:00") OffsetDateTime evaluatedAt,
                             @Schema(description = "When it was recorded (the same as evaluatedAt)", examples = "2027-03-26T17:00:00+01:00") OffsetDateTime recordedAt,
                             @Schema(description = "Who recorded it: the token's name (the same as evaluatedBy)", examples = "Karim Haddad") String recordedBy) {}
