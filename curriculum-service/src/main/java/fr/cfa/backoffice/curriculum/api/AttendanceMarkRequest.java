package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceMarkRequest")
public record AttendanceMarkRequest(@NotNull @Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId, @NotNull Mark mark) {}
