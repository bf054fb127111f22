package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.CohortStatus;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CohortRepository implements PanacheRepositoryBase<CohortEntity, UUID> {

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public Page<CohortEntity> list(CohortStatus status, PageRequest request) {
        PanacheQuery<CohortEntity> query = status == null
                ? findAll(Sort.by("startDate").and("code"))
                : find("status = :status", Sort.by("startDate").and("code"), Parameters.with("status", status));
        query.page(request.page, request.size);
        return new Page<>(query.list(), request.page, request.size, query.count());
    }

    /** OPEN cohorts whose first day has come. */
    public List<CohortEntity> startedBy(LocalDate today) {
        return list("status = ?1 and startDate <= ?2", CohortStatus.OPEN, today);
    }

    /** Cohorts not yet CLOSED whose last day has passed. */
    public List<CohortEntity> endedBefore(LocalDate today) {
        return list("status in ?1 and endDate < ?2", List.of(CohortStatus.OPEN, CohortStatus.RUNNING), today);
    }

    /** These cohorts by id: one statement. */
    public java.util.Map<UUID, CohortEntity> byIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) return java.util.Map.of();
        return list("id in ?1", ids).stream().collect(java.util.stream.Collectors.toMap(c -> c.id, c -> c));
    }
}
