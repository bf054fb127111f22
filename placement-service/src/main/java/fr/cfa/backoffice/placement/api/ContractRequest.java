package fr.cfa.backoffice.placement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractRequest")
public record ContractRequest(@NotNull @Schema(description = "A placeable learner (GET /learners)", examples = Examples.CANDIDATE_ID) UUID candidateId,
                              @NotNull @Schema(examples = Examples.EMPLOYER_ID) UUID employerId,
                              @NotNull @Schema(description = "A tutor of that employer", examples = Examples.TUTOR_ID) UUID tutorId,
                              @Schema(description = "The open offer it fills, if any", examples = Examples.OFFER_ID) UUID offerId,
                              @NotNull @Schema(examples = "2027-01-11") LocalDate startDate,
                              @NotNull @Schema(examples = "2027-06-30") LocalDate endDate,
                              @NotNull @Min(1) @Max(48) @Schema(examples = "35") Integer weeklyHours,
                              @Schema(description = "The apprentice repeats the cycle (counts in the tutor's +1)", examples = "false") Boolean repeating,
                              @Schema(description = "True records a DRAFT: the form may be incomplete, nothing is published, and POST "
                                      + "/contracts/{id}/signature signs it later. False or absent signs now.", examples = "false") Boolean draft,
                              @Valid @Schema(nullable = true, description = "The contract's part of the CERFA FA13 form; signing requires every "
                                      + "field the form requires") ContractCerfaFields cerfa) {}
