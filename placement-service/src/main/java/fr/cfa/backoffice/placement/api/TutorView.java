package fr.cfa.backoffice.placement.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tutor")
public record TutorView(@Schema(examples = Examples.TUTOR_ID) UUID id,
                        @Schema(examples = Examples.EMPLOYER_ID) UUID employerId,
                        @Schema(examples = "Karim") String firstName,
                        @Schema(examples = "Haddad") String lastName,
                        @Schema(nullable = true, examples = "k.haddad@ville-saint-denis.example") String email,
                        @Schema(nullable = true, examples = "DE Médiateur social") String diplomaTitle,
                        @Schema(nullable = true, description = "Level 1–8 of the national framework", examples = "5") Integer diplomaLevel,
                        @Schema(examples = "true") boolean diplomaRelevant,
                        @Schema(examples = "18") int relevantExperienceMonths,
                        @Schema(nullable = true, examples = "Responsable du service médiation") String jobTitle,
                        @Schema(nullable = true, examples = "1984-05-12") LocalDate birthDate) {}
