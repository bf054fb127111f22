package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One transmission of records to the national dashboard. */
@Entity
@Table(name = "national_dashboard_transmission")
public class TransmissionEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    /** DAILY or MANUAL. */
    @Column(name = "trigger_kind")
    public String trigger;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    /** A {@code TransmissionState} name. */
    public String state;
    public int batches;
    public int sent;
    public int accepted;
    public int rejected;
    public String failure;
}
