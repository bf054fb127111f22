package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The last version of a learner's record sent to the national dashboard, by fingerprint. */
@Entity
@Table(name = "national_dashboard_record")
public class SentRecordEntity extends PanacheEntityBase {
    @Id
    @Column(name = "enrollment_id")
    public UUID enrollmentId;
    @Column(name = "school_year")
    public String schoolYear;
    /** SHA-256 (hex) of the JSON record sent. */
    public String fingerprint;
    /** ACCEPTED or REJECTED. */
    public String outcome;
    @Column(name = "transmission_id")
    public UUID transmissionId;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
