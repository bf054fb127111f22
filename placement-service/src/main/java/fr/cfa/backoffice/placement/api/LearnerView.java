package fr.cfa.backoffice.placement.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlaceableLearner")
public record LearnerView(@Schema(examples = Examples.CANDIDATE_ID) UUID candidateId,
                          @Schema(examples = Examples.COHORT_ID) UUID cohortId,
                          @Schema(examples = "Inès") String firstName,
                          @Schema(examples = "Moreau") String lastName,
                          @Schema(examples = "2004-05-17") LocalDate birthDate,
                          @Schema(nullable = true, description = "Null when the application gave none", examples = "ines.moreau@example.org") String email,
                          @Schema(nullable = true, description = "Null when the application gave none", examples = "+33 6 12 34 56 78") String phone,
                          @Schema(nullable = true, description = "The cohort's first day; null until placement has heard of the cohort",
                                  examples = "2027-01-04") LocalDate cohortStart,
                          @Schema(nullable = true, description = "The cohort's last day; null as cohortStart", examples = "2027-06-25") LocalDate cohortEnd,
                          @Schema(description = "Whether the learner has an active contract", examples = "false") boolean underContract) {}
