package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "programme_version")
public class ProgrammeVersionEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    public int version;
    public String title;
    @Column(name = "rncp_code")
    public String rncpCode;
    public int level;
    public String certifier;
    @Column(name = "registered_until")
    public LocalDate registeredUntil;
    @Column(name = "center_weeks")
    public int centerWeeks;
    @Column(name = "employer_weeks")
    public int employerWeeks;
    public boolean active;

    @OneToMany(mappedBy = "programmeVersion")
    @OrderBy("position")
    public List<ProgrammeModuleEntity> modules;

    @OneToMany(mappedBy = "programmeVersion")
    @OrderBy("position")
    public List<CcpEntity> ccps;
}
