package fr.cfa.backoffice.messy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class MessyEntity extends PanacheEntityBase {
    @Id
    public String id;
}
