package fr.cfa.backoffice.certification.persistence;

import fr.cfa.backoffice.certification.domain.CertificateKind;
import fr.cfa.backoffice.certification.domain.CertificateStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A certificate (whole title) or an attestation (partial success), with its signed credential. */
@Entity
@Table(name = "certificate")
public class CertificateEntity extends PanacheEntityBase {
    @Id
    public String number;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Enumerated(EnumType.STRING)
    public CertificateKind kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> ccps;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "holder_initials")
    public String holderInitials;
    @Enumerated(EnumType.STRING)
    public CertificateStatus status;
    @Column(name = "revoked_reason")
    public String revokedReason;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    public String credential;
}
