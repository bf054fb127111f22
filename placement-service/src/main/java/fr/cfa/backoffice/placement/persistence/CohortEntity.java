package fr.cfa.backoffice.placement.persistence;

import fr.cfa.backoffice.placement.domain.CohortStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Read model of a cohort, fed by curriculum.cohorts events. */
@Entity
@Table(name = "cohort")
public class CohortEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public int capacity;
    @Enumerated(EnumType.STRING)
    public CohortStatus status;
    @Column(name = "employer_week_starts")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<LocalDate> employerWeekStarts = new ArrayList<>();
    /** The Monday of the exam week (M9); null when curriculum did not announce it. */
    @Column(name = "exam_week_start")
    public LocalDate examWeekStart;
    @Column(name = "last_event_id")
    public String lastEventId;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
