package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A field the State refused in one learner's record, in one transmission. */
@Entity
@Table(name = "national_dashboard_rejection")
public class RejectionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "transmission_id")
    public UUID transmissionId;
    @Column(name = "enrollment_id")
    public UUID enrollmentId;
    /** The State's name of the field at fault; null when the State named none. */
    public String field;
    public String message;
}
