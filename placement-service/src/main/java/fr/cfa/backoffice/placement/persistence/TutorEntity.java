package fr.cfa.backoffice.placement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A maître d'apprentissage of an employer. */
@Entity
@Table(name = "tutor")
public class TutorEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "employer_id")
    public UUID employerId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    @Column(name = "diploma_title")
    public String diplomaTitle;
    @Column(name = "diploma_level")
    public Integer diplomaLevel;
    @Column(name = "diploma_relevant")
    public boolean diplomaRelevant;
    @Column(name = "relevant_experience_months")
    public int relevantExperienceMonths;
    @Column(name = "job_title")
    public String jobTitle;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
