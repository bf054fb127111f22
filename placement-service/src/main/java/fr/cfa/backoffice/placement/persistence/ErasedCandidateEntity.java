package fr.cfa.backoffice.placement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A candidate who asked for erasure: only the id, kept so that no later event brings the person back. */
@Entity
@Table(name = "erased_candidate")
public class ErasedCandidateEntity extends PanacheEntityBase {
    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
}
