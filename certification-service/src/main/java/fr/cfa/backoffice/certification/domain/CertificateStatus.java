package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.platform.problem.IllegalTransitionException;

/** A certificate or attestation is VALID when issued, and REVOKED for good once revoked (public verification then says so). */
public enum CertificateStatus {
    VALID,
    REVOKED;

    public boolean canRevoke() {
        return this == VALID;
    }

    /** The state after a revocation; refused (409 naming this state) for a certificate already revoked. */
    public CertificateStatus revoked() {
        if (!canRevoke()) throw new IllegalTransitionException("certificate", this, "revoke");
        return REVOKED;
    }
}
