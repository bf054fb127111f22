package fr.cfa.backoffice.admissions.persistence;

import fr.cfa.backoffice.admissions.domain.CohortStatus;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CohortRepository implements PanacheRepositoryBase<CohortEntity, UUID> {

    public Page<CohortEntity> list(CohortStatus status, PageRequest request) {
        PanacheQuery<CohortEntity> query = status == null
                ? findAll(Sort.by("startDate").and("code"))
                : find("status = :status", Sort.by("startDate").and("code"), Parameters.with("status", status));
        query.page(request.page, request.size);
        return new Page<>(query.list(), request.page, request.size, query.count());
    }

    /** Locks the cohort row: admission decisions for one cohort run one at a time, so capacity holds. */
    public Optional<CohortEntity> lockForAdmission(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
