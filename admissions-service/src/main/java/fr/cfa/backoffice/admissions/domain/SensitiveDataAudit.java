package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.api.ReadView;
import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.SensitiveDataAccessEntity;
import fr.cfa.backoffice.admissions.persistence.SensitiveDataAccessRepository;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The access log of RQTH data (docs/rules.md, "Privacy": every read of a candidate's sensitive data by staff is audit-logged; GDPR art. 9). Written in
 * the transaction of the answer that carries the data, so no such answer leaves without its row. What carries RQTH
 * data to whom is {@link ApplicationDisclosure}'s to say.
 */
@ApplicationScoped
public class SensitiveDataAudit {
    @Inject
    ApplicationDisclosure disclosure;

    @Inject
    SensitiveDataAccessRepository accesses;

    @Inject
    Clock clock;

    /** The whole application goes to {@code reader} (submission, list, get, a step's answer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(ApplicationEntity application, Caller reader, String operation) {
        if (disclosure.revealsRqth(reader, application)) write(application, reader, operation);
    }

    /** A page of applications goes to {@code reader}: the rows carrying RQTH data are logged by one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answeredAll(List<ApplicationEntity> page, Caller reader, String operation) {
        List<UUID> revealing = page.stream().filter(a -> disclosure.revealsRqth(reader, a)).map(a -> a.id).toList();
        accesses.recordAll(revealing, reader.name(), OffsetDateTime.now(clock), operation);
    }

    /** Only the application's eligibility goes to {@code reader}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eligibilityAnswered(ApplicationEntity application, Caller reader) {
        if (disclosure.eligibilityRevealsRqth(reader, application)) write(application, reader, "read eligibility");
    }

    private void write(ApplicationEntity application, Caller reader, String operation) {
        SensitiveDataAccessEntity access = new SensitiveDataAccessEntity();
        access.applicationId = application.id;
        access.reader = reader.name();
        access.readAt = OffsetDateTime.now(clock);
        access.operation = operation;
        accesses.persist(access);
    }

    /** The reads, newest first, all or one application's (for managers). */
    @Transactional
    public Page<ReadView> reads(UUID applicationId, PageRequest page) {
        return accesses.list(applicationId, page).map(a -> new ReadView(a.applicationId, a.reader, a.readAt, a.operation));
    }
}
