package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.rules.FreeTermination;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TerminationRequest")
public record TerminationRequest(@NotNull @Schema(examples = "2027-02-19", description = "The last day of the contract: in the past, or at most "
                                         + "placement.termination.max-days-ahead (30) days ahead") LocalDate date,
                                 @NotBlank @Pattern(regexp = "EMPLOYER|APPRENTICE|BOTH", message = "must be EMPLOYER, APPRENTICE or BOTH")
                                 @Schema(examples = "BOTH") String initiator,
                                 @NotNull @Schema(description = "FREE_DURING_FIRST_45_DAYS only within the first 45 days at the employer",
                                         examples = "MUTUAL_AGREEMENT") FreeTermination.Ground ground,
                                 @NotBlank @Size(max = 2000) @Schema(examples = "Rupture d'un commun accord (cerfa signé par les deux parties)") String reason) {}
