package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class RejectionRepository implements PanacheRepositoryBase<RejectionEntity, Long> {

    /** The rejections of these transmissions, by transmission: one statement. */
    public Map<UUID, List<RejectionEntity>> of(Collection<UUID> transmissionIds) {
        if (transmissionIds.isEmpty()) return Map.of();
        return list("transmissionId in ?1 order by transmissionId, id", transmissionIds).stream()
                .collect(Collectors.groupingBy(r -> r.transmissionId));
    }
}
