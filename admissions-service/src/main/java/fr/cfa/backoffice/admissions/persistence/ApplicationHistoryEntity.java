package fr.cfa.backoffice.admissions.persistence;

import fr.cfa.backoffice.admissions.domain.SelectionStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of an application's selection: who (and for which organisation), when, from which status to which, and why. */
@Entity
@Table(name = "application_history")
public class ApplicationHistoryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "application_id")
    public UUID applicationId;
    public String step;
    @Column(name = "from_status")
    @Enumerated(EnumType.STRING)
    public SelectionStatus fromStatus;
    @Column(name = "to_status")
    @Enumerated(EnumType.STRING)
    public SelectionStatus toStatus;
    public String actor;
    /** The prescriber's id when a prescriber took the step, "centre" for staff and the service. */
    @Column(name = "actor_organisation")
    public String actorOrganisation;
    public OffsetDateTime at;
    public String reason;
}
