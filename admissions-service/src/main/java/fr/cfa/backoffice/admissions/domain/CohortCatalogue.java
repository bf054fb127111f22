package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.persistence.CohortEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationRepository;
import fr.cfa.backoffice.admissions.persistence.CohortRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Keeps the cohorts read model up to date from curriculum's announcements. */
@ApplicationScoped
public class CohortCatalogue {
    @Inject
    CohortRepository cohorts;

    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicationIntake intake;

    @Inject
    Clock clock;

    /** Records the latest facts about a cohort; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CohortFacts facts, String eventId) {
        CohortEntity existing = cohorts.findById(facts.id());
        boolean startMoved = existing != null && !existing.startDate.equals(facts.startDate());
        CohortEntity cohort = existing != null ? existing : new CohortEntity();
        cohort.id = facts.id();
        cohort.code = facts.code();
        cohort.startDate = facts.startDate();
        cohort.endDate = facts.endDate();
        cohort.capacity = facts.capacity();
        cohort.status = facts.status();
        cohort.lastEventId = eventId;
        cohort.updatedAt = OffsetDateTime.now(clock);
        if (existing == null) cohorts.persist(cohort);
        // Eligibility is judged on the cohort's start date: a moved start re-evaluates its open applications.
        if (startMoved) applications.openInCohort(cohort.id).forEach(a -> intake.reevaluate(a, facts.startDate()));
    }
}
