package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceAmendmentRequest")
public record AttendanceAmendmentRequest(@NotNull @Schema(example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") UUID enrollmentId,
                                         @NotNull @Schema(description = "The corrected mark") Mark mark,
                                         @NotBlank @Size(max = 2000) @Schema(example = "Medical certificate received") String reason) {}
