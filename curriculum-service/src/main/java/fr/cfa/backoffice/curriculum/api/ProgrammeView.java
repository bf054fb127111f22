package fr.cfa.backoffice.curriculum.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Programme", description = "The active version of the programme: the title, its CCPs and its nine modules",
        requiredProperties = {"code", "version", "title", "rncpCode", "level", "certifier", "registeredUntil", "centerWeeks", "employerWeeks", "ccps", "modules"})
public record ProgrammeView(
        @Schema(example = "MSADS") String code, @Schema(example = "1") int version,
        @Schema(example = "Titre Professionnel Médiateur(trice) social(e) Accès aux droits et services") String title,
        @Schema(example = "RNCP36241") String rncpCode, @Schema(description = "Level in the national framework", example = "4") int level,
        @Schema(example = "Ministère du Travail, du Plein emploi et de l'Insertion") String certifier,
        @Schema(description = "End of the RNCP registration", example = "2027-05-16") LocalDate registeredUntil,
        @Schema(description = "Centre weeks of a cohort's cycle", example = "11") int centerWeeks,
        @Schema(description = "Employer weeks of a cohort's cycle", example = "13") int employerWeeks,
        List<CcpView> ccps,
        List<ProgrammeModuleView> modules) {}
