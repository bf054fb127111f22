package fr.cfa.backoffice.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The CCPs of the title (editable reference data). */
@Entity
@Table(name = "ccp_reference")
public class CcpReferenceEntity extends PanacheEntityBase {
    @Id
    public String code;
    public String title;
    public int position;
}
