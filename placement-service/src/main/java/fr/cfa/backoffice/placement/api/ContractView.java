package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.domain.rules.FreeTermination;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The termination fields are null while the contract is active; the learner's names are null once erased. */
@Schema(name = "Contract")
public record ContractView(@Schema(examples = Examples.CONTRACT_ID) UUID id,
                           @Schema(examples = Examples.CANDIDATE_ID) UUID candidateId,
                           @Schema(nullable = true, description = "Null once the learner is erased (GDPR)", examples = "Inès") String learnerFirstName,
                           @Schema(nullable = true, description = "Null once the learner is erased (GDPR)", examples = "Moreau") String learnerLastName,
                           @Schema(examples = Examples.COHORT_ID) UUID cohortId,
                           @Schema(examples = Examples.EMPLOYER_ID) UUID employerId,
                           @Schema(examples = Examples.TUTOR_ID) UUID tutorId,
                           @Schema(nullable = true, description = "The offer it fills, if any", examples = Examples.OFFER_ID) UUID offerId,
                           @Schema(examples = "2027-01-11") LocalDate startDate,
                           @Schema(examples = "2027-06-30") LocalDate endDate,
                           @Schema(examples = "35") int weeklyHours,
                           @Schema(examples = "false") boolean repeating,
                           @Schema(description = "DRAFT until signed, then ACTIVE; TERMINATED once ended early", examples = "ACTIVE") ContractStatus status,
                           @Schema(nullable = true, description = "The contract's last day, the termination's effective date (terminated only)", examples = "2027-02-19") LocalDate terminatedOn,
                           @Schema(nullable = true, description = "Terminated only", examples = "MUTUAL_AGREEMENT") FreeTermination.Ground terminationGround,
                           @Schema(nullable = true, description = "EMPLOYER, APPRENTICE or BOTH (terminated only)", examples = "BOTH") String terminationInitiator,
                           @Schema(nullable = true, description = "When the termination was recorded (it may be dated earlier); null for terminations "
                                   + "recorded before this was kept", examples = "2027-02-20T09:30:00+01:00") OffsetDateTime terminationRecordedAt,
                           @Schema(nullable = true, description = "Who recorded the termination; null as terminationRecordedAt", examples = "Claire Martin") String terminationRecordedBy,
                           @Schema(description = "The employer period is completed (EmployerPeriodCompleted published)", examples = "false") boolean employerPeriodCompleted,
                           @Schema(nullable = true, description = "Null while a draft", examples = "2026-12-15T14:00:00+01:00") OffsetDateTime signedAt,
                           @Schema(description = "The contract's part of the CERFA FA13 form (the whole form: GET /contracts/{id}/cerfa)") ContractCerfaFields cerfa,
                           @Schema(nullable = true, description = "Null while a draft: where and by when it must be filed, and its filing") FilingView filing,
                           @Schema(nullable = true, description = "Null unless terminated: the effective date, the ground and the legal steps "
                                   + "(mediator, notice, OPCO or DDETS and CFA informed)") TerminationView termination) {}
