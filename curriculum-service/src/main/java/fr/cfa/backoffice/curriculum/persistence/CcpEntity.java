package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A CCP (certificat de compétences professionnelles): a bloc of the title, obtainable on its own. */
@Entity
@Table(name = "ccp")
@IdClass(CcpEntity.Key.class)
public class CcpEntity extends PanacheEntityBase {
    @Id
    @ManyToOne
    @JoinColumn(name = "programme_version_id")
    public ProgrammeVersionEntity programmeVersion;
    @Id
    public String code;
    public String title;
    public int position;

    public static class Key implements Serializable {
        public UUID programmeVersion;
        public String code;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(programmeVersion, k.programmeVersion) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programmeVersion, code);
        }
    }
}
