package fr.cfa.backoffice.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What certification knows of a candidate, from admissions', curriculum's and placement's events. */
@Entity
@Table(name = "candidate")
public class CandidateEntity extends PanacheEntityBase {
    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "cohort_id")
    public UUID cohortId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;
    @Column(name = "training_completed_on")
    public LocalDate trainingCompletedOn;
    @Column(name = "employer_period_completed_on")
    public LocalDate employerPeriodCompletedOn;
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
    @Column(name = "contracts_signed")
    public int contractsSigned;
    @Column(name = "contracts_terminated")
    public int contractsTerminated;
    @Column(name = "file_received_on")
    public LocalDate fileReceivedOn;
    @Column(name = "file_reference")
    public String fileReference;
    @Column(name = "file_recorded_at")
    public OffsetDateTime fileRecordedAt;
    @Column(name = "file_recorded_by")
    public String fileRecordedBy;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Version
    public long version;

}
