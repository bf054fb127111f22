package fr.cfa.backoffice.admissions.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApplicationHistoryRepository implements PanacheRepositoryBase<ApplicationHistoryEntity, Long> {

    /** An application's steps, in the order they were taken. */
    public List<ApplicationHistoryEntity> of(UUID applicationId) {
        return list("applicationId = ?1 order by id", applicationId);
    }

    /** Blanks the free-text reasons of an application's steps; the steps themselves stay. */
    public void eraseReasons(UUID applicationId) {
        update("reason = null where applicationId = ?1", applicationId);
    }
}
