package fr.cfa.backoffice.curriculum.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cfa.backoffice.curriculum.domain.nationaldashboard.TransmissionState;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Transmission", description = "One sending of records to the national dashboard; members that do not apply are absent",
        requiredProperties = {"id", "trigger", "startedAt", "state", "batches", "sent", "accepted", "rejected", "rejections"})
public record TransmissionView(
        @Schema(example = "7f3e2d1c-0b9a-4876-a5d4-c3b2a1908f7e") UUID id,
        @Schema(description = "DAILY (the daily job) or MANUAL (a manager)", example = "DAILY") String trigger,
        @Schema(description = "The manager who asked; absent for the daily job", example = "manager@cfa.example") String requestedBy,
        @Schema(example = "2027-01-19T02:30:00+01:00") OffsetDateTime startedAt,
        @Schema(description = "Absent while running", example = "2027-01-19T02:30:04+01:00") OffsetDateTime finishedAt,
        TransmissionState state,
        @Schema(description = "Requests the State answered", example = "1") int batches,
        @Schema(description = "Records sent: those changed since they were last sent", example = "42") int sent,
        @Schema(example = "41") int accepted,
        @Schema(example = "1") int rejected,
        @Schema(description = "Why the transmission stopped; absent when it did not (never the key)", example = "The State refused the exchange key (HTTP 401)") String failure,
        @Schema(description = "Each field the State refused, with the learner") List<RejectedRecordView> rejections) {}
