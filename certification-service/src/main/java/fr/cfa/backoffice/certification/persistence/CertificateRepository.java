package fr.cfa.backoffice.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<CertificateEntity, String> {}
