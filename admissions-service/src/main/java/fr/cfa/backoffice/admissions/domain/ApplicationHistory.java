package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryEntity;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Moves an application to a new status and writes the step into its history, dated by the suite clock. */
final class ApplicationHistory {
    static final String SUBMITTED = "SUBMITTED";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String ELIGIBILITY_REEVALUATED = "ELIGIBILITY_REEVALUATED";

    private ApplicationHistory() {}

    static void step(Clock clock, ApplicationEntity application, String step, SelectionStatus to, Actor actor, String reason) {
        ApplicationHistoryEntity entry = new ApplicationHistoryEntity();
        entry.applicationId = application.id;
        entry.step = step;
        entry.fromStatus = application.status;
        entry.toStatus = to;
        entry.actor = actor.name();
        entry.actorOrganisation = actor.organisation();
        entry.at = OffsetDateTime.now(clock);
        entry.reason = reason;
        entry.persist();
        application.status = to;
        application.updatedAt = entry.at;
    }
}
