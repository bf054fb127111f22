package fr.cfa.backoffice.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A CCP a candidate obtained; kept for later sessions. */
@Entity
@Table(name = "ccp_held")
@IdClass(CcpHeldEntity.Key.class)
public class CcpHeldEntity extends PanacheEntityBase {
    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Id
    @Column(name = "ccp_code")
    public String ccpCode;
    @Column(name = "obtained_on")
    public LocalDate obtainedOn;
    @Column(name = "session_id")
    public UUID sessionId;

    public static class Key implements Serializable {
        public UUID candidateId;
        public String ccpCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(candidateId, k.candidateId) && Objects.equals(ccpCode, k.ccpCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(candidateId, ccpCode);
        }
    }
}
