package fr.cfa.backoffice.placement.persistence;

import fr.cfa.backoffice.placement.domain.OfferStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "offer")
public class OfferEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "employer_id")
    public UUID employerId;
    public String title;
    public String place;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> zones = new ArrayList<>();
    @Column(name = "start_date")
    public LocalDate startDate;
    public int positions;
    @Column(name = "positions_taken")
    public int positionsTaken;
    @Enumerated(EnumType.STRING)
    public OfferStatus status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
