package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.admissions.domain.DocumentType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentRequest")
public record DocumentRequest(@NotNull DocumentType type,
                              @NotNull @Schema(description = "Not after today in Paris (422 urn:cfa:problem:date-in-future)", example = "2026-11-20") LocalDate receivedOn) {}
