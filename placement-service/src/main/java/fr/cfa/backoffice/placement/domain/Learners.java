package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.platform.privacy.ErasureRegister;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.placement.persistence.LearnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The placeable learners read model: admitted candidates, until they withdraw; erased on request, for good. */
@ApplicationScoped
public class Learners {
    private static final Logger LOG = Logger.getLogger(Learners.class);

    @Inject
    LearnerRepository learners;

    @Inject
    ErasureRegister erasures;

    @Inject
    Clock clock;

    public record Admitted(UUID candidateId, UUID cohortId, String firstName, String lastName, LocalDate birthDate, String email, String phone,
                           OffsetDateTime admittedAt) {}

    /**
     * An erased person stays erased: an admission delivered again (a rebuild from the start of the topic, a replay)
     * is ignored, not parked, since nothing is wrong with the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admitted(Admitted a) {
        if (isErased(a.candidateId())) {
            LOG.infof("CandidateAdmitted ignored: candidate %s was erased", a.candidateId()); // the id only, never the person
            return;
        }
        LearnerEntity existing = learners.findById(a.candidateId());
        LearnerEntity l = existing != null ? existing : new LearnerEntity();
        l.candidateId = a.candidateId();
        l.cohortId = a.cohortId();
        l.firstName = a.firstName();
        l.lastName = a.lastName();
        l.birthDate = a.birthDate();
        l.email = a.email();
        l.phone = a.phone();
        l.admittedAt = a.admittedAt();
        if (existing == null) learners.persist(l);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID candidateId) {
        LearnerEntity l = learners.findById(candidateId);
        if (l != null) l.withdrawn = true;
    }

    /**
     * Erasure (GDPR art. 17): the person goes; contracts keep their ids so contract counts stay right. The erasure is
     * remembered even for a candidate placement has not heard of yet, so that a later admission is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID candidateId) {
        erasures.remember(candidateId);
        LearnerEntity l = learners.findById(candidateId);
        if (l == null || l.erasedAt != null) return;
        l.firstName = null;
        l.lastName = null;
        l.birthDate = null;
        l.email = null;
        l.phone = null;
        l.erasedAt = OffsetDateTime.now(clock);
    }

    private boolean isErased(UUID candidateId) {
        return erasures.isErased(candidateId);
    }
}
