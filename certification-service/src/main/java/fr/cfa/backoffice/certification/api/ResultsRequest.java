package fr.cfa.backoffice.certification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResultsRequest")
public record ResultsRequest(@NotNull @Schema(description = "For each CCP sat, whether the jury grants it", example = "{\"RNCP36241BC01\":true,\"RNCP36241BC02\":false}")
                             Map<String, Boolean> ccps,
                             @NotBlank @Size(max = 4000) @Schema(example = "Titre délivré partiellement : CCP 2 à repasser") String juryDecision,
                             @Schema(description = "The day the jury decided: today when not given; neither after today nor before the session",
                                     example = "2027-06-24") LocalDate decidedOn) {}
