package fr.cfa.backoffice.placement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reference data (migration V6), read only. */
@ApplicationScoped
public class EmployerAidAmountRepository implements PanacheRepositoryBase<EmployerAidAmountEntity, Long> {}
