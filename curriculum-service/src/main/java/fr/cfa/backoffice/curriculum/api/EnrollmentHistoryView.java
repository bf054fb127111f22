package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrollmentHistoryEntry", description = "A status change and the event that caused it",
        requiredProperties = {"fromStatus", "toStatus", "effectiveOn", "recordedAt", "cause"})
public record EnrollmentHistoryView(@Schema(description = "null for the enrollment itself", nullable = true) LearnerStatus fromStatus,
                                    LearnerStatus toStatus, @Schema(example = "2027-01-04") LocalDate effectiveOn,
                                    @Schema(example = "2027-01-04T09:00:00+01:00") OffsetDateTime recordedAt,
                                    @Schema(description = "The event that caused the change", example = "ContractSigned") String cause) {}
