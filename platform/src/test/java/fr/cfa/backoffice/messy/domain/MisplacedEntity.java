package fr.cfa.backoffice.messy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Architecture fixture: violates entities_live_in_persistence. */
@Entity
public class MisplacedEntity {
    @Id
    public String id;
}
