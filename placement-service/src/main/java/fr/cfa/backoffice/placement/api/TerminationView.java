package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.rules.FreeTermination;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A termination and its legal steps as recorded (L6222-18, D6222-21-1); the steps are null for terminations recorded before they were kept. */
@Schema(name = "Termination")
public record TerminationView(@Schema(description = "The effective date, the contract's last day (ContractTerminated's terminatedOn)",
                                      examples = "2027-02-19") LocalDate date,
                              @Schema(examples = "APPRENTICE_RESIGNATION") FreeTermination.Ground ground,
                              @Schema(description = "EMPLOYER, APPRENTICE or BOTH", examples = "APPRENTICE") String initiator,
                              @Schema(nullable = true, description = "A resignation after the first 45 days: the referral to the mediator",
                                      examples = "2027-02-01") LocalDate mediatorReferredOn,
                              @Schema(nullable = true, description = "A resignation after the first 45 days: the notice to the employer",
                                      examples = "2027-02-08") LocalDate employerInformedOn,
                              @Schema(nullable = true, description = "The OPCO or the DDETS was informed", examples = "2027-02-19") LocalDate filingBodyInformedOn,
                              @Schema(nullable = true, description = "The CFA was informed", examples = "2027-02-19") LocalDate cfaInformedOn,
                              @Schema(nullable = true, description = "When it was recorded (it may be dated earlier)", examples = "2027-02-19T09:30:00+01:00")
                              OffsetDateTime recordedAt,
                              @Schema(nullable = true, description = "Who recorded it", examples = "Claire Martin") String recordedBy) {}
