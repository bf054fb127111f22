package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttendanceMarkRepository implements PanacheRepositoryBase<AttendanceMarkEntity, AttendanceMarkEntity.Key> {

    /** The marks of one sheet, in one statement. */
    public List<AttendanceMarkEntity> ofSheet(UUID sheetId) {
        return list("sheetId", sheetId);
    }

    public Optional<AttendanceMarkEntity> of(UUID sheetId, UUID enrollmentId) {
        return find("sheetId = ?1 and enrollmentId = ?2", sheetId, enrollmentId).firstResultOptional();
    }

    /** A learner's marks counted by kind, in one statement. */
    public Map<Mark, Long> countsOf(UUID enrollmentId) {
        List<Object[]> rows = getEntityManager()
                .createQuery("select m.mark, count(m) from AttendanceMarkEntity m where m.enrollmentId = :e group by m.mark", Object[].class)
                .setParameter("e", enrollmentId).getResultList();
        Map<Mark, Long> counts = new EnumMap<>(Mark.class);
        rows.forEach(r -> counts.put((Mark) r[0], (Long) r[1]));
        return counts;
    }

    /** A learner's marks, each with its sheet, in one statement. */
    public List<MarkOnSheet> withSheetsOf(UUID enrollmentId) {
        return getEntityManager().createQuery("select s, m from AttendanceMarkEntity m, AttendanceSheetEntity s "
                        + "where s.id = m.sheetId and m.enrollmentId = :e", Object[].class)
                .setParameter("e", enrollmentId).getResultStream()
                .map(row -> new MarkOnSheet((AttendanceSheetEntity) row[0], (AttendanceMarkEntity) row[1])).toList();
    }

    public record MarkOnSheet(AttendanceSheetEntity sheet, AttendanceMarkEntity mark) {}
}
