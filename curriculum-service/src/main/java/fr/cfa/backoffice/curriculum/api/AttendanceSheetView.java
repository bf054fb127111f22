package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceSheet", description = "The marks of one half-day, as they stand",
        requiredProperties = {"id", "cohortId", "date", "halfDay", "moduleCode", "trainer", "recordedBy", "recordedAt", "marks"})
public record AttendanceSheetView(@Schema(example = "7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID id,
                                  @Schema(example = "0b9c7a3e-5d1f-4c2a-9e8b-7f6a5d4c3b2a") UUID cohortId,
                                  @Schema(example = "2027-01-05") LocalDate date, HalfDay halfDay,
                                  @Schema(example = "M1") String moduleCode,
                                  @Schema(description = "The trainer who gave the session", example = "tom.trainer") String trainer,
                                  @Schema(description = "Who recorded the sheet (the token's name)", example = "tom.trainer") String recordedBy,
                                  @Schema(example = "2027-01-05T12:30:00+01:00") OffsetDateTime recordedAt, List<AttendanceMarkView> marks) {}
