package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.CertificateSummary;
import fr.cfa.backoffice.certification.api.CertificateView;
import fr.cfa.backoffice.certification.api.VerificationView;
import fr.cfa.backoffice.certification.config.CertificationConfig;
import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CandidateRepository;
import fr.cfa.backoffice.certification.persistence.CertificateEntity;
import fr.cfa.backoffice.certification.persistence.CertificateRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Reads of certificates: by candidate, one with its holder, and the public verification. */
@ApplicationScoped
public class CertificateQueries {
    @Inject
    CertificateRepository certificates;

    @Inject
    CandidateRepository candidates;

    @Inject
    CertificationConfig config;

    /** A candidate's certificates and attestations, newest first: one query for the page, one for the count. */
    public Page<CertificateSummary> ofCandidate(UUID candidateId, PageRequest page) {
        PanacheQuery<CertificateEntity> q = certificates.find("candidateId = ?1 order by issuedOn desc, number", candidateId).page(page.page, page.size);
        return new Page<>(q.list().stream().map(Views::certificateSummary).toList(), page.page, page.size, q.count());
    }

    public CertificateView certificate(String number) {
        CertificateEntity c = certificates.findByIdOptional(number).orElseThrow(() -> new ResourceNotFoundException("certificate", number));
        CandidateEntity holder = candidates.findById(c.candidateId);
        return new CertificateView(c.number, c.candidateId, holder.firstName, holder.lastName, c.kind, c.ccps, c.issuedOn, c.status, c.revokedReason,
                c.revokedAt, c.credential);
    }

    /** Public: an unknown number is UNKNOWN, not an error. */
    public VerificationView verification(String number) {
        CertificateEntity c = certificates.findById(number);
        return c == null ? VerificationView.unknown(number) : Views.verification(c, config.title());
    }
}
