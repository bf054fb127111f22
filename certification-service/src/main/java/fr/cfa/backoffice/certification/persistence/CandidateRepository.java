package fr.cfa.backoffice.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<CandidateEntity, UUID> {
    /** Finds or creates the candidate: events about one person may arrive from several topics in any order. */
    public CandidateEntity findOrCreate(UUID candidateId) {
        CandidateEntity c = findById(candidateId);
        if (c == null) {
            c = new CandidateEntity();
            c.candidateId = candidateId;
            persist(c);
        }
        return c;
    }
}
