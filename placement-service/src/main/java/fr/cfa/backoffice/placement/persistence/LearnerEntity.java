package fr.cfa.backoffice.placement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Read model of an admitted candidate, fed by CandidateAdmitted, LearnerWithdrawn and CandidateErased. */
@Entity
@Table(name = "learner")
public class LearnerEntity extends PanacheEntityBase {
    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "cohort_id")
    public UUID cohortId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String email;
    public String phone;
    public boolean withdrawn;
    @Column(name = "admitted_at")
    public OffsetDateTime admittedAt;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
}
