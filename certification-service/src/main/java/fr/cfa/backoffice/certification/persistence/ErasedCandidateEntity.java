package fr.cfa.backoffice.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person erased (GDPR art. 17): only the id, so later events about them cannot bring their data back. */
@Entity
@Table(name = "erased_candidate")
public class ErasedCandidateEntity extends PanacheEntityBase {
    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
}
