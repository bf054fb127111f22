package fr.cfa.backoffice.curriculum.persistence;

import fr.cfa.backoffice.curriculum.domain.results.ModuleOutcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** An evaluation during training (ECF) of one module for one learner. */
@Entity
@Table(name = "module_result")
@IdClass(ModuleResultEntity.Key.class)
public class ModuleResultEntity extends PanacheEntityBase {
    @Id
    @Column(name = "enrollment_id")
    public UUID enrollmentId;
    @Id
    @Column(name = "module_code")
    public String moduleCode;
    @Enumerated(EnumType.STRING)
    public ModuleOutcome outcome;
    public BigDecimal score;
    @Column(name = "assessed_on")
    public LocalDate assessedOn;
    public String assessor;
    /** When the current evaluation was recorded (suite clock). */
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    /** Who recorded it (the token's name); null for results recorded before V7. */
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    public long version;

    public static class Key implements Serializable {
        public UUID enrollmentId;
        public String moduleCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(enrollmentId, k.enrollmentId) && Objects.equals(moduleCode, k.moduleCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrollmentId, moduleCode);
        }
    }
}
