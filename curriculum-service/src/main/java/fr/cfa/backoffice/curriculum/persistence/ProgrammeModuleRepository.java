package fr.cfa.backoffice.curriculum.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProgrammeModuleRepository implements PanacheRepositoryBase<ProgrammeModuleEntity, ProgrammeModuleEntity.Key> {
}
