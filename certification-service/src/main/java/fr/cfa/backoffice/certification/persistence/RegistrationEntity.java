package fr.cfa.backoffice.certification.persistence;

import fr.cfa.backoffice.certification.domain.Outcome;
import fr.cfa.backoffice.certification.domain.RegistrationStatus;
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

@Entity
@Table(name = "registration")
public class RegistrationEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> ccps;
    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;
    /** Null until the results are recorded. */
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "jury_decision")
    public String juryDecision;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;
    @Column(name = "results_recorded_at")
    public OffsetDateTime resultsRecordedAt;
    @Column(name = "results_recorded_by")
    public String resultsRecordedBy;
    /** The certificate or attestation these results issued; null while not resulted and for FAILED. */
    @Column(name = "certificate_number")
    public String certificateNumber;
    @Version
    public long version;
}
