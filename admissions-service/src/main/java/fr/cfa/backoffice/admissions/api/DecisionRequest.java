package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.admissions.domain.DecisionOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest")
public record DecisionRequest(@NotNull DecisionOutcome outcome,
                              @NotBlank @Size(max = 2000) @Schema(example = "Strong motivation and a clear project") String reason) {}
