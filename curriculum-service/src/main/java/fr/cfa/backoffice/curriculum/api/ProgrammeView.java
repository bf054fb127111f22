package fr.cfa.backoffice.curriculum.rest;

import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Programme", description = "The active version of the programme: the title, its CCPs and its nine modules",
        requiredProperties = {"code", "version", "title", "rncpCode", "level", "certifier", "registeredUntil", "centerWeeks", "employerWeeks", "ccps", "modules"})
public record ProgrammeView(
        @Schema(example = "MSADS") String code,
        @Schema(example = "1") int version,
        @Schema(example = "Titre Professionnel Médiateur(trice) social(e) Accès aux droits et services") String title,
        @Schema(example = "RNCP36241") String rncpCode,
        @Schema(description = "Level in the national framework", example = "4") int level,
        @Schema(example = "Ministère du Travail, du Plein emploi et de l'Insertion") String certifier,
        @Schema(description = "End of the RNCP registration", example = "2027-05-16") LocalDate registeredUntil,
        @Schema(description = "Centre weeks of a cohort's cycle", example = "11") int centerWeeks,
        @Schema(description = "Employer weeks of a cohort's cycle", example = "13") int employerWeeks,
        List<CcpView> ccps,
        List<ModuleView> modules) {

    @Schema(name = "Ccp", description = "A CCP (certificat de compétences professionnelles), a bloc of the title", requiredProperties = {"code", "title"})
    public record CcpView(@Schema(example = "RNCP36241BC01") String code,
                          @Schema(example = "Contribuer à une veille sociale territoriale et participer aux réseaux professionnels") String title) {}

    @Schema(name = "ProgrammeModule", requiredProperties = {"code", "title", "order", "plannedHours", "ccpCode", "certificationExam"})
    public record ModuleView(@Schema(example = "M1") String code,
                             @Schema(example = "Cadre d'intervention et contextes de la médiation sociale") String title,
                             @Schema(example = "1") int order,
                             @Schema(example = "35") int plannedHours,
                             @Schema(description = "The CCP this module prepares; null for the cross-cutting modules (M8, M9)",
                                     example = "RNCP36241BC01", nullable = true) String ccpCode,
                             @Schema(description = "True for the certification exam module (M9)") boolean certificationExam) {}

    static ProgrammeView of(ProgrammeVersionEntity p) {
        return new ProgrammeView(p.code, p.version, p.title, p.rncpCode, p.level, p.certifier, p.registeredUntil,
                p.centerWeeks, p.employerWeeks,
                p.ccps.stream().map(c -> new CcpView(c.code, c.title)).toList(),
                p.modules.stream().map(m -> new ModuleView(m.code, m.title, m.position, m.plannedHours, m.ccpCode, m.certificationExam)).toList());
    }
}
