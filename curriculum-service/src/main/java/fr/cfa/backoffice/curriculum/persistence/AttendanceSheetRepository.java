package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttendanceSheetRepository implements PanacheRepositoryBase<AttendanceSheetEntity, UUID> {

    /** The sheet, when it belongs to the cohort (a sheet of another cohort is not found). */
    public Optional<AttendanceSheetEntity> inCohort(UUID cohortId, UUID sheetId) {
        return findByIdOptional(sheetId).filter(s -> s.cohortId.equals(cohortId));
    }

    public boolean exists(UUID cohortId, LocalDate date, HalfDay halfDay) {
        return count("cohortId = ?1 and sessionDate = ?2 and halfDay = ?3", cohortId, date, halfDay) > 0;
    }
}
