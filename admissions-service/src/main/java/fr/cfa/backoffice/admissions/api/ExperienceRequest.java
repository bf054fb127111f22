package fr.cfa.backoffice.admissions.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExperienceRequest")
public record ExperienceRequest(@NotBlank @Size(max = 200) @Schema(example = "Adulte-relais") String role,
                                @NotNull @Schema(description = "A social or mediation role", example = "true") Boolean socialOrMediation,
                                @NotNull @Min(0) @Max(600) @Schema(example = "14") Integer months) {}
