package fr.cfa.backoffice.curriculum.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Enrollment", description = "A learner of a cohort, with the status of the national apprenticeship dashboard; members that do not "
        + "apply are absent, never null",
        requiredProperties = {"id", "candidateId", "cohortId", "status", "nationalStatus", "statusSince", "daysInStatus", "enrolledOn"})
public record EnrollmentView(
        @Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID id,
        @Schema(description = "The person's id across all services", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID candidateId,
        @Schema(example = "0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a") UUID cohortId,
        @Schema(description = "Absent once the person is erased", example = "Awa") String firstName,
        @Schema(description = "Absent once the person is erased", example = "Diallo") String lastName,
        LearnerStatus status,
        @Schema(description = "The status as the national dashboard writes it", example = "INSCRIT sans contrat") String nationalStatus,
        @Schema(description = "Since when the learner has this status", example = "2027-01-04") LocalDate statusSince,
        @Schema(description = "Days in this status, today", example = "12") long daysInStatus,
        @Schema(example = "2027-01-04") LocalDate enrolledOn,
        @Schema(description = "The apprenticeship contract (placement-service); absent before the first contract", example = "3c2b1a09-8f7e-4d6c-b5a4-938271605f4e") UUID contractId,
        @Schema(description = "Rupturants only (absent otherwise): the date by which a new contract must be found (6 months after the termination)",
                example = "2027-09-15") LocalDate newContractDeadline,
        @Schema(description = "true once the person is erased (GDPR); absent otherwise", example = "true") Boolean erased,
        @Schema(description = "Every status change, oldest first; only in the answer for one enrollment, absent in lists") List<EnrollmentHistoryView> history) {}
