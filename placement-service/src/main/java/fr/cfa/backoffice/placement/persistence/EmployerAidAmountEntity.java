package fr.cfa.backoffice.placement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An employer aid amount by date of conclusion, headcount and diploma level (reference data, migration V6): read only. */
@Entity
@Table(name = "employer_aid_amount")
public class EmployerAidAmountEntity extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "concluded_from")
    public LocalDate concludedFrom;
    @Column(name = "concluded_until")
    public LocalDate concludedUntil;
    @Column(name = "starts_before")
    public LocalDate startsBefore;
    @Column(name = "min_headcount")
    public int minHeadcount;
    @Column(name = "max_headcount")
    public Integer maxHeadcount;
    @Column(name = "min_level")
    public int minLevel;
    @Column(name = "max_level")
    public int maxLevel;
    public BigDecimal amount;
    public String decree;
    public String conditions;
}
