package fr.cfa.backoffice.placement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A SMIC value from a date (reference data, migration V6): read only. */
@Entity
@Table(name = "smic_rate")
public class SmicRateEntity extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    public BigDecimal hourly;
    @Column(name = "monthly_for_35_hours")
    public BigDecimal monthlyFor35Hours;
    public String source;
}
