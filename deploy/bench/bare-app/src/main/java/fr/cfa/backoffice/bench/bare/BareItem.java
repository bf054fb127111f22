package fr.cfa.backoffice.bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One row shaped like a cohort (a few columns), read by id. */
@Entity
@Table(name = "bare_item")
public class BareItem extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    public LocalDate startDate;
    public LocalDate endDate;
    public int capacity;
}
