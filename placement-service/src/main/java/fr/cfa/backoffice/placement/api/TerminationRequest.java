package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.rules.FreeTermination;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A termination and its legal steps (L6222-18, D6222-21-1): the resignation's two steps, and who was informed, for every ground. */
@Schema(name = "TerminationRequest")
public record TerminationRequest(@NotNull @Schema(examples = "2027-02-19", description = "The effective date, the contract's last day: in the past, or "
                                         + "at most placement.termination.max-days-ahead (30) days ahead") LocalDate date,
                                 @NotBlank @Pattern(regexp = "EMPLOYER|APPRENTICE|BOTH", message = "must be EMPLOYER, APPRENTICE or BOTH")
                                 @Schema(examples = "BOTH") String initiator,
                                 @NotNull @Schema(description = "FREE_DURING_FIRST_45_DAYS only within the first 45 days at the employer; "
                                         + "APPRENTICE_RESIGNATION after them requires mediatorReferredOn and employerInformedOn",
                                         examples = "MUTUAL_AGREEMENT") FreeTermination.Ground ground,
                                 @NotBlank @Size(max = 2000) @Schema(examples = "Rupture d'un commun accord (cerfa signé par les deux parties)") String reason,
                                 @Schema(nullable = true, description = "APPRENTICE_RESIGNATION after the first 45 days: the day the apprentice referred "
                                         + "the matter to the mediator (the consular chamber's); today at the latest", examples = "2027-02-01")
                                 LocalDate mediatorReferredOn,
                                 @Schema(nullable = true, description = "APPRENTICE_RESIGNATION after the first 45 days: the day the employer was "
                                         + "informed, at least placement.resignation.days-after-referral (5) days after mediatorReferredOn and at least "
                                         + "placement.resignation.days-after-notice (7) days before date; today at the latest", examples = "2027-02-08")
                                 LocalDate employerInformedOn,
                                 @NotNull @Schema(description = "The day the employer informed the OPCO (private) or the DDETS (public) of the "
                                         + "termination; today at the latest", examples = "2027-02-19") LocalDate filingBodyInformedOn,
                                 @NotNull @Schema(description = "The day the CFA was informed of the termination; today at the latest",
                                         examples = "2027-02-19") LocalDate cfaInformedOn) {}
