package fr.cfa.backoffice.admissions.persistence;

import fr.cfa.backoffice.admissions.domain.Channel;
import fr.cfa.backoffice.admissions.domain.NewApplication.DocumentReceived;
import fr.cfa.backoffice.admissions.domain.Recommendation;
import fr.cfa.backoffice.admissions.domain.SelectionStatus;
import fr.cfa.backoffice.admissions.domain.eligibility.Applicant;
import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility;
import fr.cfa.backoffice.admissions.domain.eligibility.QualificationLevel;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "application")
public class ApplicationEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "cohort_id")
    public UUID cohortId;
    @Enumerated(EnumType.STRING)
    public SelectionStatus status;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "prescriber_id")
    public UUID prescriberId;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String email;
    public String phone;
    public String street;
    @Column(name = "postal_code")
    public String postalCode;
    public String city;

    @Column(name = "qualification_level")
    public Integer qualificationLevel;
    @Column(name = "qualification_title")
    public String qualificationTitle;
    @Column(name = "qualification_social_field")
    public boolean qualificationSocialField;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Applicant.Experience> experiences = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DocumentReceived> documents = new ArrayList<>();

    public boolean rqth;
    @Column(name = "rqth_evidence_reference")
    public String rqthEvidenceReference;

    public boolean eligible;
    @Column(name = "eligibility_reasons")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Ineligibility> eligibilityReasons = new ArrayList<>();
    @Column(name = "eligibility_evaluated_on")
    public LocalDate eligibilityEvaluatedOn;

    @Column(name = "interview_at")
    public OffsetDateTime interviewAt;
    @Column(name = "interview_place")
    public String interviewPlace;
    @Column(name = "interview_video_link")
    public String interviewVideoLink;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> interviewers;
    @Column(name = "interview_attended")
    public Boolean interviewAttended;
    @Column(name = "score_motivation")
    public Integer scoreMotivation;
    @Column(name = "score_job_understanding")
    public Integer scoreJobUnderstanding;
    @Column(name = "score_communication")
    public Integer scoreCommunication;
    @Column(name = "score_project")
    public Integer scoreProject;
    @Column(name = "interview_recommendation")
    @Enumerated(EnumType.STRING)
    public Recommendation interviewRecommendation;
    @Column(name = "interview_notes")
    public String interviewNotes;
    @Column(name = "interview_recorded_at")
    public OffsetDateTime interviewRecordedAt;
    @Column(name = "interview_recorded_by")
    public String interviewRecordedBy;

    @Column(name = "waitlist_rank")
    public Integer waitlistRank;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public Applicant applicant() {
        return new Applicant(birthDate, rqth, qualificationLevel == null ? null : QualificationLevel.values()[qualificationLevel - 1],
                qualificationSocialField, experiences);
    }
}
