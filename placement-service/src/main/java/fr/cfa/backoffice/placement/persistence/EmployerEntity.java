package fr.cfa.backoffice.placement.persistence;

import fr.cfa.backoffice.placement.domain.EmployerKind;
import fr.cfa.backoffice.placement.domain.Sector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "employer")
public class EmployerEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "legal_name")
    public String legalName;
    public String siret;
    @Enumerated(EnumType.STRING)
    public EmployerKind kind;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @Column(name = "filing_body")
    @Enumerated(EnumType.STRING)
    public Sector.FilingBody filingBody;
    public String opco;
    public String street;
    @Column(name = "postal_code")
    public String postalCode;
    public String city;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_phone")
    public String contactPhone;
    /** CERFA FA13 employer type code: private 11–16, public 21–29. */
    @Column(name = "type_code")
    public Integer typeCode;
    @Column(name = "specific_employer_code")
    public Integer specificEmployerCode;
    @Column(name = "naf_code")
    public String nafCode;
    public Integer headcount;
    public String idcc;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
