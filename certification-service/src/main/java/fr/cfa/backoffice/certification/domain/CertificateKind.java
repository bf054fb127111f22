package fr.cfa.backoffice.certification.domain;

import java.util.Optional;

/** What a jury's outcome issues: the title's certificate when every CCP is held, an attestation of the CCPs held when some are. */
public enum CertificateKind {
    CERTIFICATE,
    ATTESTATION;

    /** Nothing is issued for a FAILED outcome. */
    public static Optional<CertificateKind> issuedFor(Outcome outcome) {
        return switch (outcome) {
            case WHOLE_TITLE -> Optional.of(CERTIFICATE);
            case PARTIAL -> Optional.of(ATTESTATION);
            case FAILED -> Optional.empty();
        };
    }
}
