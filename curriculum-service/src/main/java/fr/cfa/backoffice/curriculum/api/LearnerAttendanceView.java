package fr.cfa.backoffice.curriculum.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LearnerAttendance", requiredProperties = {"enrollmentId", "sessions", "present", "late", "justifiedAbsences",
        "unjustifiedAbsences", "ratePercent", "marks"})
public record LearnerAttendanceView(@Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId,
                                    @Schema(description = "Half-days recorded", example = "44") long sessions,
                                    @Schema(example = "36") long present, @Schema(example = "2") long late,
                                    @Schema(example = "4") long justifiedAbsences, @Schema(example = "2") long unjustifiedAbsences,
                                    @Schema(description = "Present or late, over all half-days recorded, rounded down", example = "86") int ratePercent,
                                    @Schema(description = "By date, morning first") List<LearnerAttendanceMarkView> marks) {}
