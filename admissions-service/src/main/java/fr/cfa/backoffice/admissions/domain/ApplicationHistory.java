package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryRepository;
import fr.cfa.backoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Moves an application to a new status and writes the step into its history, dated by the suite clock. */
@ApplicationScoped
public class ApplicationHistory {
    static final String SUBMITTED = "SUBMITTED";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String ELIGIBILITY_REEVALUATED = "ELIGIBILITY_REEVALUATED";

    /** Admissions itself, on an event (a moved cohort start) or a freed seat: "system", of the centre. */
    static final Caller SYSTEM = Caller.system("admissions-service");

    @Inject
    ApplicationHistoryRepository steps;

    @Inject
    Clock clock;

    void step(ApplicationEntity application, String step, SelectionStatus to, Caller actor, String reason) {
        OffsetDateTime at = OffsetDateTime.now(clock);
        record(application.id, step, application.status, to, actor, at, reason);
        application.status = to;
        application.updatedAt = at;
    }

    /** A step that records who did what and when, the application's status written by the caller. */
    void record(UUID applicationId, String step, SelectionStatus from, SelectionStatus to, Caller actor, OffsetDateTime at, String reason) {
        ApplicationHistoryEntity entry = new ApplicationHistoryEntity();
        entry.applicationId = applicationId;
        entry.step = step;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.actor = actor.name();
        entry.actorOrganisation = actor.organisation();
        entry.at = at;
        entry.reason = reason;
        steps.persist(entry);
    }
}
