package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EnrollmentHistoryRepository implements PanacheRepositoryBase<EnrollmentHistoryEntity, Long> {

    /** Every status change of the enrollment, oldest first, in one statement. */
    public List<EnrollmentHistoryEntity> of(UUID enrollmentId) {
        return list("enrollmentId = ?1 order by id", enrollmentId);
    }
}
