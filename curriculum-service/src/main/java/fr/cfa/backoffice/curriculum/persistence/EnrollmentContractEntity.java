package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One of a learner's contracts, as placement's events told it (the national record carries up to four). */
@Entity
@Table(name = "enrollment_contract")
public class EnrollmentContractEntity extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    /** 1 for the first contract signed, then 2, 3... */
    public int ordinal;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "employer_siret")
    public String employerSiret;
    @Column(name = "terminated_on")
    public LocalDate terminatedOn;
    @Column(name = "termination_ground")
    public String terminationGround;

    @Embeddable
    public record Key(@Column(name = "enrollment_id") UUID enrollmentId, @Column(name = "contract_id") UUID contractId) implements Serializable {}
}
