package fr.cfa.backoffice.placement.persistence;

import fr.cfa.backoffice.placement.domain.ContractStatus;
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
    @Column(name = "period_completed")
    public boolean periodCompleted;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Version
    public long version;
}
