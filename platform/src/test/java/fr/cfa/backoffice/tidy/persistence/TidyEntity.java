package fr.cfa.backoffice.tidy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class TidyEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
}
