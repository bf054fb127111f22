package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.admissions.domain.eligibility.QualificationLevel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QualificationRequest")
public record QualificationRequest(
        @NotNull @Schema(description = "Level 1–8 of the national framework, or the former niveau V, IV, III, II, I", example = "V", implementation = String.class) QualificationLevel level,
        @Size(max = 200) @Schema(example = "CAP Accompagnant éducatif petite enfance") String title,
        @NotNull @Schema(description = "Whether the qualification is in the social field", example = "true") Boolean socialField) {}
