package fr.cfa.backoffice.curriculum.domain;

import fr.cfa.backoffice.curriculum.api.CcpView;
import fr.cfa.backoffice.curriculum.api.ProgrammeModuleView;
import fr.cfa.backoffice.curriculum.api.ProgrammeView;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The programme as the public sees it: the active version, its CCPs and its modules (three statements, whatever their number). */
@ApplicationScoped
public class ProgrammeQueries {
    @Inject
    ProgrammeVersionRepository programmes;

    public ProgrammeView active() {
        return view(programmes.findActive().orElseThrow(() -> new ResourceNotFoundException("programme", "active")));
    }

    private static ProgrammeView view(ProgrammeVersionEntity p) {
        return new ProgrammeView(p.code, p.version, p.title, p.rncpCode, p.level, p.certifier, p.registeredUntil,
                p.centerWeeks, p.employerWeeks,
                p.ccps.stream().map(c -> new CcpView(c.code, c.title)).toList(),
                p.modules.stream().map(m -> new ProgrammeModuleView(m.code, m.title, m.position, m.plannedHours, m.ccpCode, m.certificationExam)).toList());
    }
}
