package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceMark", requiredProperties = {"enrollmentId", "mark", "amended"})
public record AttendanceMarkView(@Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId, Mark mark,
                                 @Schema(description = "true once the mark was corrected by an amendment", example = "false") boolean amended) {}
