package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeVersionRepository implements PanacheRepositoryBase<ProgrammeVersionEntity, UUID> {

    /** The version new cohorts are scheduled on. */
    public Optional<ProgrammeVersionEntity> findActive() {
        return find("active", true).firstResultOptional();
    }
}
