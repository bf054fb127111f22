package fr.cfa.backoffice.tidy.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

public class TidyRepository implements PanacheRepositoryBase<TidyEntity, String> {}
