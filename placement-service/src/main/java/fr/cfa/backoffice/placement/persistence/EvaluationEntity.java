package fr.cfa.backoffice.placement.persistence;

import fr.cfa.backoffice.placement.domain.JobActivity;
import fr.cfa.backoffice.placement.domain.Rating;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The tutor's or a placement officer's ratings of the job activities over a period of employer weeks. */
@Entity
@Table(name = "evaluation")
public class EvaluationEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<JobActivity, Rating> ratings;
    public String comments;
    @Column(name = "final_review")
    public boolean finalReview;
    @Column(name = "evaluated_by")
    public String evaluatedBy;
    @Column(name = "evaluated_at")
    public OffsetDateTime evaluatedAt;
}
