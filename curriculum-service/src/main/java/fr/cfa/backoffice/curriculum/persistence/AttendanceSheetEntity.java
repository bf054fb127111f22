package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "attendance_sheet")
public class AttendanceSheetEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "cohort_id")
    public UUID cohortId;
    @Column(name = "session_date")
    public LocalDate sessionDate;
    @Column(name = "half_day")
    @Enumerated(EnumType.STRING)
    public HalfDay halfDay;
    @Column(name = "module_code")
    public String moduleCode;
    public String trainer;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
