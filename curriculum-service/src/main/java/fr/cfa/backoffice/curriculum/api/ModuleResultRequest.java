package fr.cfa.backoffice.curriculum.api;

import fr.cfa.backoffice.curriculum.domain.results.ModuleOutcome;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModuleResultRequest")
public record ModuleResultRequest(@NotNull ModuleOutcome outcome,
                                  @DecimalMin("0") @DecimalMax("20") @Schema(description = "Score out of 20", example = "14.5") BigDecimal score,
                                  @NotNull @Schema(description = "Not after today (Europe/Paris)", example = "2027-02-12") LocalDate assessedOn,
                                  @NotBlank @Size(max = 200) @Schema(example = "tom.trainer") String assessor) {}
