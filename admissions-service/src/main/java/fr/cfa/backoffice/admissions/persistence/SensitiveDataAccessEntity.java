package fr.cfa.backoffice.admissions.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A read of RQTH data by a member of staff (who, when, which application, through which operation). */
@Entity
@Table(name = "sensitive_data_access")
public class SensitiveDataAccessEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "application_id")
    public UUID applicationId;
    public String reader;
    @Column(name = "read_at")
    public OffsetDateTime readAt;
    public String operation;
}
