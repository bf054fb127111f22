package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceAmendment", description = "A corrected mark: before, after, who, when and why",
        requiredProperties = {"sheetId", "enrollmentId", "fromMark", "toMark", "reason", "amendedBy", "amendedAt"})
public record AttendanceAmendmentView(@Schema(example = "7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID sheetId,
                                      @Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId, Mark fromMark, Mark toMark,
                                      @Schema(example = "Medical certificate received") String reason,
                                      @Schema(description = "Who amended (the token's name)", example = "tom.trainer") String amendedBy,
                                      @Schema(example = "2027-01-08T09:10:00+01:00") OffsetDateTime amendedAt) {}
