package fr.cfa.backoffice.certification.api;

import fr.cfa.backoffice.certification.domain.Eligibility;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CertificationEligibility",
        requiredProperties = {"candidateId", "eligible", "missing", "trainingCompletedOn", "employerPeriodCompletedOn",
                "professionalFileReceivedOn", "professionalFileRecordedAt", "professionalFileRecordedBy", "ccpsHeld"})
public record EligibilityView(@Schema(example = "0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90") UUID candidateId, @Schema(example = "false") boolean eligible,
                              @Schema(description = "The conditions still missing; empty when eligible", example = "[\"PROFESSIONAL_FILE_MISSING\"]")
                              List<Eligibility.Missing> missing,
                              @Schema(description = "TrainingCompleted's day; null until then", implementation = String.class, format = "date", nullable = true, example = "2027-05-28")
                              LocalDate trainingCompletedOn,
                              @Schema(description = "EmployerPeriodCompleted's day; null until then", implementation = String.class, format = "date", nullable = true, example = "2027-06-20")
                              LocalDate employerPeriodCompletedOn,
                              @Schema(description = "The day the professional file was received; null until recorded", implementation = String.class, format = "date",
                                      nullable = true, example = "2027-06-02")
                              LocalDate professionalFileReceivedOn,
                              @Schema(description = "When the professional file's receipt was recorded; null until then", implementation = String.class,
                                      format = "date-time", nullable = true,
                                      example = "2027-06-03T09:30:00+02:00") OffsetDateTime professionalFileRecordedAt,
                              @Schema(description = "Who recorded it; null until then", nullable = true, example = "chloe.certif") String professionalFileRecordedBy,
                              @Schema(description = "CCPs already obtained (kept for later sessions)", example = "[\"RNCP36241BC01\"]") List<String> ccpsHeld) {}
