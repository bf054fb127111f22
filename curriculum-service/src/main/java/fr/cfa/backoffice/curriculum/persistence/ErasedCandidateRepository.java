package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ErasedCandidateRepository implements PanacheRepositoryBase<ErasedCandidateEntity, UUID> {

    public boolean isErased(UUID candidateId) {
        return findByIdOptional(candidateId).isPresent();
    }
}
