package fr.cfa.backoffice.certification.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionRequest")
public record SessionRequest(@NotNull @Schema(example = "2027-06-24") LocalDate date, @NotBlank @Size(max = 300) @Schema(example = "CFA, salle 3") String place,
                             @NotNull @Min(1) @Max(100) @Schema(example = "12") Integer capacity,
                             @NotEmpty @Size(max = 10) List<@Valid @NotNull JuryMemberRequest> jury) {}
