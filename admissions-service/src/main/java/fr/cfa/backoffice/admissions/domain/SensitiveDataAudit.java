package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.SensitiveDataAccessEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The access log of RQTH data (BRIEF: every read of a candidate's sensitive data by staff is audit-logged). Written in
 * the transaction of the answer that carries the data, so no such answer leaves without its row. What carries RQTH
 * data to whom is {@link ApplicationDisclosure}'s to say.
 */
@ApplicationScoped
public class SensitiveDataAudit {
    @Inject
    ApplicationDisclosure disclosure;

    @Inject
    Clock clock;

    /** The whole application goes to {@code reader} (submission, list, get, a step's answer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(ApplicationEntity application, Actor reader, String operation) {
        if (disclosure.revealsRqth(reader, application)) write(application, reader, operation);
    }

    /** Only the application's eligibility goes to {@code reader}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eligibilityAnswered(ApplicationEntity application, Actor reader) {
        if (disclosure.eligibilityRevealsRqth(reader, application)) write(application, reader, "read eligibility");
    }

    private void write(ApplicationEntity application, Actor reader, String operation) {
        SensitiveDataAccessEntity access = new SensitiveDataAccessEntity();
        access.applicationId = application.id;
        access.reader = reader.name();
        access.readAt = OffsetDateTime.now(clock);
        access.operation = operation;
        access.persist();
    }
}
