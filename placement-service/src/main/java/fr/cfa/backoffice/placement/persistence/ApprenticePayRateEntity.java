package fr.cfa.backoffice.placement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One cell of the minimum pay grid (reference data, migration V6): read only. */
@Entity
@Table(name = "apprentice_pay_rate")
public class ApprenticePayRateEntity extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "min_age")
    public int minAge;
    @Column(name = "contract_year")
    public int contractYear;
    public BigDecimal percent;
    public String source;
}
