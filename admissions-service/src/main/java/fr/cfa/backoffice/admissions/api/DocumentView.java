package fr.cfa.backoffice.admissions.api;

import fr.cfa.backoffice.admissions.domain.DocumentType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentReceived", requiredProperties = {"type", "receivedOn"})
public record DocumentView(DocumentType type, @Schema(example = "2026-11-20") LocalDate receivedOn) {}
