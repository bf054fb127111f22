package fr.cfa.backoffice.certification.persistence;

import fr.cfa.backoffice.certification.domain.SessionStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A session de validation: date, place, capacity and jury. */
@Entity
@Table(name = "exam_session")
public class ExamSessionEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "exam_date")
    public LocalDate examDate;
    public String place;
    public int capacity;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<JuryMember> jury;
    @Enumerated(EnumType.STRING)
    public SessionStatus status;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;

    /** A jury member; professionals of the trade must be at least two (configuration). */
    public record JuryMember(String name, boolean professional) {}
}
