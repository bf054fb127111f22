package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class EnrollmentContractRepository implements PanacheRepositoryBase<EnrollmentContractEntity, EnrollmentContractEntity.Key> {

    public Optional<EnrollmentContractEntity> find(UUID enrollmentId, UUID contractId) {
        return findByIdOptional(new EnrollmentContractEntity.Key(enrollmentId, contractId));
    }

    public int countOf(UUID enrollmentId) {
        return (int) count("key.enrollmentId", enrollmentId);
    }

    /** The contracts of these learners in signing order, by learner: one statement. */
    public Map<UUID, List<EnrollmentContractEntity>> of(Collection<UUID> enrollmentIds) {
        if (enrollmentIds.isEmpty()) return Map.of();
        return list("key.enrollmentId in ?1 order by key.enrollmentId, ordinal", enrollmentIds).stream()
                .collect(Collectors.groupingBy(c -> c.key.enrollmentId()));
    }
}
