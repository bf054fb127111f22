package fr.cfa.backoffice.curriculum.domain;

import fr.cfa.backoffice.curriculum.api.CohortView;
import fr.cfa.backoffice.curriculum.api.RhythmView;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.platform.web.Versioned;

/** A cohort as the API shows it: its own columns only, so a page of them costs no statement per row. */
final class CohortViews {
    private CohortViews() {}

    static CohortView of(CohortEntity c) {
        return new CohortView(c.id, c.code, c.startDate, c.endDate, c.capacity, c.status, c.programmeVersionId,
                c.place, new RhythmView(c.initialCenterWeeks, c.centerWeeksPerCycle, c.employerWeeksPerCycle),
                c.createdBy, c.createdAt, c.version);
    }

    static Versioned<CohortView> versioned(CohortEntity c) {
        return new Versioned<>(of(c), c.version);
    }
}
