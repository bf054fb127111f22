package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "attendance_mark")
@IdClass(AttendanceMarkEntity.Key.class)
public class AttendanceMarkEntity extends PanacheEntityBase {
    @Id
    @Column(name = "sheet_id")
    public UUID sheetId;
    @Id
    @Column(name = "enrollment_id")
    public UUID enrollmentId;
    @Enumerated(EnumType.STRING)
    public Mark mark;
    public boolean amended;

    public static class Key implements Serializable {
        public UUID sheetId;
        public UUID enrollmentId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sheetId, k.sheetId) && Objects.equals(enrollmentId, k.enrollmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, enrollmentId);
        }
    }
}
