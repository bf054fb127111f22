package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LearnerAttendanceMark", requiredProperties = {"sheetId", "date", "halfDay", "moduleCode", "mark", "amended"})
public record LearnerAttendanceMarkView(@Schema(example = "7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID sheetId, @Schema(example = "2027-01-05") LocalDate date,
                                        HalfDay halfDay, @Schema(example = "M1") String moduleCode, Mark mark,
                                        @Schema(description = "true once the mark was corrected by an amendment", example = "false") boolean amended) {}
