package fr.cfa.backoffice.certification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JuryMemberRequest")
public record JuryMemberRequest(@NotBlank @Size(max = 200) @Schema(example = "Mme Durand") String name,
                                @NotNull @Schema(description = "A professional of the trade (at least two per jury)", example = "true") Boolean professional) {}
