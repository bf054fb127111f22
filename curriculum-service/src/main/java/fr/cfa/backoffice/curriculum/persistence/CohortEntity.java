package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.CohortStatus;
import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm;
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
@Table(name = "cohort")
public class CohortEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public int capacity;
    @Enumerated(EnumType.STRING)
    public CohortStatus status;
    @Column(name = "programme_version_id")
    public UUID programmeVersionId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    public String place;
    @Column(name = "initial_center_weeks")
    public int initialCenterWeeks;
    @Column(name = "center_weeks_per_cycle")
    public int centerWeeksPerCycle = 1;
    @Column(name = "employer_weeks_per_cycle")
    public int employerWeeksPerCycle = 1;
    @Version
    public long version;

    public AlternanceRhythm rhythm() {
        return new AlternanceRhythm(initialCenterWeeks, centerWeeksPerCycle, employerWeeksPerCycle);
    }
}
