package fr.cfa.backoffice.admissions.persistence;

import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SensitiveDataAccessRepository implements PanacheRepositoryBase<SensitiveDataAccessEntity, Long> {

    /** Newest first, all or one application's. */
    public Page<SensitiveDataAccessEntity> list(UUID applicationId, PageRequest request) {
        Sort newestFirst = Sort.descending("readAt", "id");
        PanacheQuery<SensitiveDataAccessEntity> query = applicationId == null
                ? findAll(newestFirst)
                : find("applicationId", newestFirst, applicationId);
        query.page(request.page, request.size);
        return new Page<>(query.list(), request.page, request.size, query.count());
    }

    /**
     * One row per application, in their order, by one statement whatever their number: a list answered to an officer
     * is audit-logged row by row without costing a statement per row (identity ids leave Hibernate no insert batching).
     */
    public void recordAll(List<UUID> applicationIds, String reader, OffsetDateTime readAt, String operation) {
        if (applicationIds.isEmpty()) return;
        StringBuilder sql = new StringBuilder("insert into sensitive_data_access (application_id, reader, read_at, operation) values ");
        for (int i = 0; i < applicationIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :reader, :readAt, :operation)");
        }
        Query insert = getEntityManager().createNativeQuery(sql.toString())
                .setParameter("reader", reader).setParameter("readAt", readAt).setParameter("operation", operation);
        for (int i = 0; i < applicationIds.size(); i++) insert.setParameter("id" + i, applicationIds.get(i));
        insert.executeUpdate();
    }
}
