package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.api.CohortView;
import fr.cfa.backoffice.admissions.persistence.CohortEntity;
import fr.cfa.backoffice.admissions.persistence.CohortRepository;
import fr.cfa.backoffice.platform.problem.BusinessRuleViolationException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Reads the cohorts read model: a page is one select and one count, whatever its size. */
@ApplicationScoped
public class CohortQueries {
    @Inject
    CohortRepository cohorts;

    /** Sorted by start date, optionally one status's. */
    public Page<CohortView> list(CohortStatus status, PageRequest page) {
        return cohorts.list(status, page).map(CohortQueries::view);
    }

    /** 404 until curriculum has announced it. */
    public CohortView get(UUID id) {
        return view(cohorts.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("cohort", id)));
    }

    /** The start date the eligibility rules are evaluated against; an unknown cohort is a 422 (unknown-cohort). */
    public LocalDate startDate(UUID cohortId) {
        return cohorts.findByIdOptional(cohortId).map(c -> c.startDate).orElseThrow(() -> new BusinessRuleViolationException("unknown-cohort",
                "No cohort " + cohortId + " is known to admissions", Map.of("cohortId", cohortId.toString())));
    }

    private static CohortView view(CohortEntity c) {
        return new CohortView(c.id, c.code, c.startDate, c.endDate, c.capacity, c.status);
    }
}
