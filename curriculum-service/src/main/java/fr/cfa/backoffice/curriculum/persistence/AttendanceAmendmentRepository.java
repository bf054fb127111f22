package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AttendanceAmendmentRepository implements PanacheRepositoryBase<AttendanceAmendmentEntity, Long> {
}
