package fr.cfa.backoffice.certification.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistrationRequest")
public record RegistrationRequest(@NotNull @Schema(example = "0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90") UUID candidateId) {}
