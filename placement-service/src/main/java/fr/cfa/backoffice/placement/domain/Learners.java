package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The placeable learners read model: admitted candidates, until they withdraw; erased on request. */
@ApplicationScoped
public class Learners {
    public record Admitted(UUID candidateId, UUID cohortId, String firstName, String lastName, LocalDate birthDate, String email, String phone,
                           OffsetDateTime admittedAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void admitted(Admitted a) {
        LearnerEntity existing = LearnerEntity.findById(a.candidateId());
        LearnerEntity l = existing != null ? existing : new LearnerEntity();
        l.candidateId = a.candidateId();
        l.cohortId = a.cohortId();
        l.firstName = a.firstName();
        l.lastName = a.lastName();
        l.birthDate = a.birthDate();
        l.email = a.email();
        l.phone = a.phone();
        l.admittedAt = a.admittedAt();
        if (existing == null) l.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID candidateId) {
        LearnerEntity l = LearnerEntity.findById(candidateId);
        if (l != null) l.withdrawn = true;
    }

    /** Erasure (GDPR art. 17): the person goes; contracts keep their ids so contract counts stay right. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID candidateId) {
        LearnerEntity l = LearnerEntity.findById(candidateId);
        if (l == null || l.erasedAt != null) return;
        l.firstName = null;
        l.lastName = null;
        l.birthDate = null;
        l.email = null;
        l.phone = null;
        l.erasedAt = OffsetDateTime.now();
    }
}
