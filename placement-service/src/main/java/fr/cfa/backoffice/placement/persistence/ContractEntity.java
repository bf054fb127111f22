package fr.cfa.backoffice.placement.persistence;

import fr.cfa.backoffice.placement.domain.ContractStatus;
import fr.cfa.backoffice.placement.domain.FilingDecision;
import fr.cfa.backoffice.placement.domain.Sector;
import fr.cfa.backoffice.placement.domain.rules.FreeTermination;
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
@Table(name = "contract")
public class ContractEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "cohort_id")
    public UUID cohortId;
    @Column(name = "employer_id")
    public UUID employerId;
    @Column(name = "tutor_id")
    public UUID tutorId;
    @Column(name = "offer_id")
    public UUID offerId;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "weekly_hours")
    public int weeklyHours;
    public boolean repeating;
    @Enumerated(EnumType.STRING)
    public ContractStatus status;
    @Column(name = "terminated_on")
    public LocalDate terminatedOn;
    @Column(name = "termination_ground")
    @Enumerated(EnumType.STRING)
    public FreeTermination.Ground terminationGround;
    @Column(name = "termination_initiator")
    public String terminationInitiator;
    @Column(name = "termination_reason")
    public String terminationReason;
    @Column(name = "termination_recorded_at")
    public OffsetDateTime terminationRecordedAt;
    @Column(name = "termination_recorded_by")
    public String terminationRecordedBy;
    @Column(name = "termination_mediator_referred_on")
    public LocalDate mediatorReferredOn;
    @Column(name = "termination_employer_informed_on")
    public LocalDate employerInformedOn;
    @Column(name = "termination_filing_body_informed_on")
    public LocalDate filingBodyInformedOn;
    @Column(name = "termination_cfa_informed_on")
    public LocalDate cfaInformedOn;
    @Column(name = "period_completed")
    public boolean periodCompleted;
    @Column(name = "contract_mode")
    public Integer mode;
    @Column(name = "contract_type")
    public Integer type;
    @Column(name = "derogation_code")
    public String derogationCode;
    @Column(name = "previous_contract_number")
    public String previousContractNumber;
    @Column(name = "practical_training_start")
    public LocalDate practicalTrainingStartDate;
    @Column(name = "signature_date")
    public LocalDate signatureDate;
    @Column(name = "hazardous_work")
    public Boolean hazardousWork;
    @Column(name = "second_tutor_id")
    public UUID secondTutorId;
    @Column(name = "situation_before")
    public String situationBefore;
    @Column(name = "last_diploma_or_class")
    public String lastDiplomaOrClass;
    @Column(name = "highest_diploma")
    public String highestDiploma;
    @Column(name = "filing_body")
    @Enumerated(EnumType.STRING)
    public Sector.FilingBody filingBody;
    @Column(name = "filing_recipient")
    public String filingRecipient;
    @Column(name = "filing_due_on")
    public LocalDate filingDueOn;
    @Column(name = "filed_on")
    public LocalDate filedOn;
    @Column(name = "filing_reference")
    public String filingReference;
    @Column(name = "filing_decision")
    @Enumerated(EnumType.STRING)
    public FilingDecision filingDecision;
    @Column(name = "filing_decided_on")
    public LocalDate filingDecidedOn;
    @Column(name = "filing_recorded_by")
    public String filingRecordedBy;
    @Column(name = "filing_recorded_at")
    public OffsetDateTime filingRecordedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "draft_updated_at")
    public OffsetDateTime draftUpdatedAt;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Version
    public long version;
}
