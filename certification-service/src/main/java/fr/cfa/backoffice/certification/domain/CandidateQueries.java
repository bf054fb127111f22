package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.EligibilityView;
import fr.cfa.backoffice.certification.persistence.CandidateRepository;
import fr.cfa.backoffice.certification.persistence.CcpHeldRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Reads of a candidate's path to the exam. */
@ApplicationScoped
public class CandidateQueries {
    @Inject
    CandidateRepository candidates;

    @Inject
    CcpHeldRepository held;

    /** A candidate unknown here is NOT_ENROLLED, not an error. */
    public EligibilityView eligibility(UUID candidateId) {
        return Views.eligibility(candidateId, candidates.findById(candidateId), held.codesHeldBy(candidateId));
    }
}
