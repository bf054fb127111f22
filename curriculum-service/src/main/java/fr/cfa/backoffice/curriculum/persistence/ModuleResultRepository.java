package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.results.ModuleOutcome;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ModuleResultRepository implements PanacheRepositoryBase<ModuleResultEntity, ModuleResultEntity.Key> {

    public Optional<ModuleResultEntity> of(UUID enrollmentId, String moduleCode) {
        return find("enrollmentId = ?1 and moduleCode = ?2", enrollmentId, moduleCode).firstResultOptional();
    }

    /** The codes of the modules the learner has acquired. */
    public Set<String> acquiredBy(UUID enrollmentId) {
        return find("enrollmentId = ?1 and outcome = ?2", enrollmentId, ModuleOutcome.ACQUIRED).stream()
                .map(r -> r.moduleCode).collect(Collectors.toSet());
    }
}
