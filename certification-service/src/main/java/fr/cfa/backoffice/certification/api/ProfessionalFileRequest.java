package fr.cfa.backoffice.certification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProfessionalFileRequest")
public record ProfessionalFileRequest(@NotNull @Schema(description = "Not after today (Europe/Paris)", example = "2027-06-02") LocalDate receivedOn,
                                      @NotBlank @Size(max = 100) @Schema(example = "DP-2027-0042") String reference) {}
