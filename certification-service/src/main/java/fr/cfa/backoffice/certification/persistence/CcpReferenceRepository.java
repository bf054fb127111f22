package fr.cfa.backoffice.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CcpReferenceRepository implements PanacheRepositoryBase<CcpReferenceEntity, String> {
    /** The title's CCP codes, in their order. */
    public List<String> codes() {
        return listAll(Sort.by("position")).stream().map(c -> c.code).toList();
    }
}
