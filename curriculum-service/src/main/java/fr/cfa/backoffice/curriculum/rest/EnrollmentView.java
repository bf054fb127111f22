package fr.cfa.backoffice.curriculum.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryEntity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Enrollment", description = "A learner of a cohort, with the status of the national apprenticeship dashboard")
public record EnrollmentView(
        UUID id,
        @Schema(description = "The person's id across all services") UUID candidateId,
        UUID cohortId,
        String firstName,
        String lastName,
        LearnerStatus status,
        @Schema(description = "The status as the national dashboard writes it", example = "INSCRIT sans contrat") String nationalStatus,
        @Schema(description = "Since when the learner has this status") LocalDate statusSince,
        @Schema(description = "Days in this status, today") long daysInStatus,
        LocalDate enrolledOn,
        UUID contractId,
        @Schema(description = "Rupturants only: the date by which a new contract must be found (6 months after the termination)") LocalDate newContractDeadline,
        Boolean erased,
        List<HistoryView> history) {

    @Schema(name = "EnrollmentHistoryEntry")
    public record HistoryView(LearnerStatus fromStatus, LearnerStatus toStatus, LocalDate effectiveOn, OffsetDateTime recordedAt,
                              @Schema(description = "The event that caused the change", example = "ContractSigned") String cause) {}

    /** @param today the clock's day, for the days in status */
    static EnrollmentView of(EnrollmentEntity e, LocalDate newContractDeadline, List<EnrollmentHistoryEntity> history, LocalDate today) {
        return new EnrollmentView(e.id, e.candidateId, e.cohortId, e.firstName, e.lastName, e.status, e.status.nationalLabel(), e.statusSince,
                Math.max(0, ChronoUnit.DAYS.between(e.statusSince, today)), e.enrolledOn, e.contractId, newContractDeadline,
                e.erasedAt != null ? Boolean.TRUE : null,
                history == null ? null : history.stream().map(h -> new HistoryView(h.fromStatus, h.toStatus, h.effectiveOn, h.recordedAt, h.cause)).toList());
    }
}
