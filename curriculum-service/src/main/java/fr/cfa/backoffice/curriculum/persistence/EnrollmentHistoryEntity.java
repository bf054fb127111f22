package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a learner's status, and the event that caused it. */
@Entity
@Table(name = "enrollment_history")
public class EnrollmentHistoryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "enrollment_id")
    public UUID enrollmentId;
    @Column(name = "from_status")
    @Enumerated(EnumType.STRING)
    public LearnerStatus fromStatus;
    @Column(name = "to_status")
    @Enumerated(EnumType.STRING)
    public LearnerStatus toStatus;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    public String cause;
}
