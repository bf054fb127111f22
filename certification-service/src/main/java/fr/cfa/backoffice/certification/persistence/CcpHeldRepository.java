package fr.cfa.backoffice.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CcpHeldRepository implements PanacheRepositoryBase<CcpHeldEntity, CcpHeldEntity.Key> {
    /** The codes of the CCPs the candidate holds, sorted. */
    public SortedSet<String> codesHeldBy(UUID candidateId) {
        return list("candidateId", candidateId).stream().map(h -> h.ccpCode).collect(Collectors.toCollection(TreeSet::new));
    }
}
