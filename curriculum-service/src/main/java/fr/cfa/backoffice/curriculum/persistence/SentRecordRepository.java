package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class SentRecordRepository implements PanacheRepositoryBase<SentRecordEntity, UUID> {

    /** These learners' last records sent, by learner: one statement. */
    public Map<UUID, SentRecordEntity> of(java.util.Collection<UUID> enrollmentIds) {
        if (enrollmentIds.isEmpty()) return Map.of();
        return list("enrollmentId in ?1", enrollmentIds).stream().collect(Collectors.toMap(r -> r.enrollmentId, r -> r));
    }

    /** The fingerprint last sent of every learner's record: one statement. */
    public Map<UUID, String> fingerprints() {
        return getEntityManager().createQuery("select r.enrollmentId, r.fingerprint from SentRecordEntity r", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }
}
