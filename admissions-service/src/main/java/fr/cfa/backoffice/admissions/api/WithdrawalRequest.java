package fr.cfa.backoffice.admissions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(@NotBlank @Size(max = 2000) @Schema(example = "Found a job") String reason) {}
