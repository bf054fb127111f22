package fr.cfa.backoffice.certification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevocationRequest")
public record RevocationRequest(@NotBlank @Size(max = 2000) @Schema(example = "Issued on a falsified professional file") String reason) {}
