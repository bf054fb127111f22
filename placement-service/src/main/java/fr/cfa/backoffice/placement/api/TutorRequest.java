package fr.cfa.backoffice.placement.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TutorRequest")
public record TutorRequest(@NotBlank @Size(max = 100) @Schema(examples = "Karim") String firstName,
                           @NotBlank @Size(max = 100) @Schema(examples = "Haddad") String lastName,
                           @Email @Schema(examples = "k.haddad@ville-saint-denis.example") String email,
                           @Size(max = 200) @Schema(examples = "DE Médiateur social") String diplomaTitle,
                           @Min(1) @Max(8) @Schema(description = "Level 1–8 of the national framework", examples = "5") Integer diplomaLevel,
                           @NotNull @Schema(description = "Whether the diploma is relevant to social mediation", examples = "true") Boolean diplomaRelevant,
                           @NotNull @Min(0) @Max(600) @Schema(examples = "18") Integer relevantExperienceMonths,
                           @Size(max = 200) @Schema(nullable = true, description = "The tutor's job, as the CERFA FA13 form asks (required to sign "
                                   + "a contract with this tutor)", examples = "Responsable du service médiation") String jobTitle,
                           @Past @Schema(nullable = true, description = "As the CERFA FA13 form asks (required to sign a contract with this tutor)",
                                   examples = "1984-05-12") LocalDate birthDate) {}
