package fr.cfa.backoffice.certification.api;

import fr.cfa.backoffice.certification.domain.Outcome;
import fr.cfa.backoffice.certification.domain.RegistrationStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Registration",
        requiredProperties = {"id", "sessionId", "candidateId", "ccps", "status", "outcome", "juryDecision", "decidedOn", "recordedAt",
                "recordedBy", "certificateNumber"})
public record RegistrationView(@Schema(example = "c2a8f4d1-7b3e-4e95-8f0a-1d6b2c9e4a73") UUID id,
                               @Schema(example = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b") UUID sessionId,
                               @Schema(example = "0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90") UUID candidateId,
                               @Schema(description = "The CCPs sat at this session", example = "[\"RNCP36241BC01\",\"RNCP36241BC02\",\"RNCP36241BC03\"]")
                               List<String> ccps,
                               @Schema(description = "REGISTERED, then RESULTED once the jury's results are recorded", implementation = String.class,
                                       enumeration = {"REGISTERED", "RESULTED"}, example = "RESULTED") RegistrationStatus status,
                               @Schema(description = "WHOLE_TITLE, PARTIAL or FAILED; null before the results", implementation = String.class, nullable = true,
                                       example = "WHOLE_TITLE") Outcome outcome,
                               @Schema(description = "The jury's deliberation; null before the results", nullable = true, example = "Titre délivré")
                               String juryDecision,
                               @Schema(description = "The day the jury decided; null before the results", implementation = String.class, format = "date", nullable = true, example = "2027-06-24")
                               LocalDate decidedOn,
                               @Schema(description = "When the results were recorded (they may be entered days after the jury); null before the results",
                                       implementation = String.class, format = "date-time", nullable = true, example = "2027-06-25T10:15:00+02:00")
                               OffsetDateTime recordedAt,
                               @Schema(description = "Who recorded the results; null before the results", nullable = true, example = "chloe.certif")
                               String recordedBy,
                               @Schema(description = "The certificate (WHOLE_TITLE) or attestation (PARTIAL) these results issued: read it at "
                                       + "/api/v1/certificates/{number}. Null before the results and for FAILED", nullable = true,
                                       example = "MSADS-7K2Q-9XWB-M4TD-3HPA") String certificateNumber) {}
