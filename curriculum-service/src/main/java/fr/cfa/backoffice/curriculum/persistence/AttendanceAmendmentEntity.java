package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A correction of a mark: the old and new mark, who, when and why. */
@Entity
@Table(name = "attendance_amendment")
public class AttendanceAmendmentEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "sheet_id")
    public UUID sheetId;
    @Column(name = "enrollment_id")
    public UUID enrollmentId;
    @Column(name = "from_mark")
    @Enumerated(EnumType.STRING)
    public Mark fromMark;
    @Column(name = "to_mark")
    @Enumerated(EnumType.STRING)
    public Mark toMark;
    public String reason;
    @Column(name = "amended_by")
    public String amendedBy;
    @Column(name = "amended_at")
    public OffsetDateTime amendedAt;
}
