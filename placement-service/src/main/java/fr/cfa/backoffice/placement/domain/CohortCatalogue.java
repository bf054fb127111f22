package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.CohortRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;

/** Keeps the cohorts read model up to date from curriculum's announcements (dates for contract windows). */
@ApplicationScoped
public class CohortCatalogue {
    @Inject
    CohortRepository cohorts;

    @Inject
    Clock clock;

    /** Records the latest facts about a cohort; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CohortFacts facts, String eventId) {
        CohortEntity existing = cohorts.findById(facts.id());
        CohortEntity cohort = existing != null ? existing : new CohortEntity();
        cohort.id = facts.id();
        cohort.code = facts.code();
        cohort.startDate = facts.startDate();
        cohort.endDate = facts.endDate();
        cohort.capacity = facts.capacity();
        cohort.status = facts.status();
        cohort.employerWeekStarts = new ArrayList<>(facts.employerWeekStarts());
        cohort.examWeekStart = facts.examWeekStart();
        cohort.lastEventId = eventId;
        cohort.updatedAt = OffsetDateTime.now(clock);
        if (existing == null) cohorts.persist(cohort);
    }
}
