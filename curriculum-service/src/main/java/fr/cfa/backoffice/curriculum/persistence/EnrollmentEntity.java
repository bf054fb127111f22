package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "enrollment")
public class EnrollmentEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "cohort_id")
    public UUID cohortId;
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String email;
    public String phone;
    @Enumerated(EnumType.STRING)
    public LearnerStatus status;
    @Column(name = "status_since")
    public LocalDate statusSince;
    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "contract_terminated_on")
    public LocalDate contractTerminatedOn;
    @Column(name = "training_completed_on")
    public LocalDate trainingCompletedOn;
    /** When our status last changed (the national record's date_metier_mise_a_jour_statut). */
    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;
    /** Excluded from the training (a contract terminated for EXCLUSION_FROM_CFA): the State counts it as ABANDON. */
    @Column(name = "excluded_on")
    public LocalDate excludedOn;
    /** The certification's outcome: true for the whole title, false otherwise, null before any result. */
    @Column(name = "diploma_obtained")
    public Boolean diplomaObtained;
    @Column(name = "diploma_obtained_on")
    public LocalDate diplomaObtainedOn;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
