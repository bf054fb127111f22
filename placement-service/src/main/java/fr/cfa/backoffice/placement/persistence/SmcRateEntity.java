package fr.cfa.backoffice.placement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A collective agreement's minimum (SMC) for the apprentice's job, from a date (reference data): read only. */
@Entity
@Table(name = "smc_rate")
public class SmcRateEntity extends PanacheEntityBase {
    @Id
    public Long id;
    public String idcc;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "monthly_for_35_hours")
    public BigDecimal monthlyFor35Hours;
    public String source;
}
