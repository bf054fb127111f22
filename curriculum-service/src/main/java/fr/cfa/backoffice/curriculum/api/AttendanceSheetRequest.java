package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceSheetRequest")
public record AttendanceSheetRequest(@NotNull @Schema(description = "The session's day, not after today (Europe/Paris)", example = "2027-01-05") LocalDate date,
                                     @NotNull HalfDay halfDay,
                                     @NotBlank @Pattern(regexp = "M[1-9]", message = "must be a module code M1 to M9") @Schema(example = "M1") String moduleCode,
                                     @NotBlank @Size(max = 200) @Schema(example = "tom.trainer") String trainer,
                                     @NotEmpty @Size(max = 200) List<@Valid @NotNull AttendanceMarkRequest> marks) {}
