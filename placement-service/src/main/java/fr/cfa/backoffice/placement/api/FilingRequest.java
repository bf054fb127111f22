package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.FilingDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FilingRequest")
public record FilingRequest(@NotNull @Schema(description = "When it was sent to the OPCO or filed on CELIA: today at the latest", examples = "2027-01-13") LocalDate filedOn,
                            @NotBlank @Size(max = 60) @Schema(description = "The OPCO's or CELIA's file number", examples = "CELIA-2027-004512") String reference,
                            @Schema(nullable = true, description = "The decision, once known", examples = "ACCEPTED") FilingDecision decision,
                            @Schema(nullable = true, description = "Required with a decision: on or after filedOn, today at the latest", examples = "2027-01-29") LocalDate decidedOn) {}
