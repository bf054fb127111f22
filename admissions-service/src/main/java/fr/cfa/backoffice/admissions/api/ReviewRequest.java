package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.admissions.domain.ReviewOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRequest")
public record ReviewRequest(@NotNull ReviewOutcome outcome,
                            @NotBlank @Size(max = 2000) @Schema(example = "Complete file, relevant experience as adulte-relais") String reason) {}
