package fr.cfa.backoffice.admissions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RqthRequest")
public record RqthRequest(@NotNull @Schema(example = "true") Boolean recognised, @Size(max = 200) @Schema(example = "MDPH-93-2024-001234") String evidenceReference) {}
