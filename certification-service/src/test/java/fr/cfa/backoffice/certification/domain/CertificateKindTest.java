package fr.cfa.backoffice.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateKindTest {
    @Test
    void the_whole_title_issues_a_certificate() {
        assertEquals(Optional.of(CertificateKind.CERTIFICATE), CertificateKind.issuedFor(Outcome.WHOLE_TITLE));
    }

    @Test
    void a_partial_success_issues_an_attestation() {
        assertEquals(Optional.of(CertificateKind.ATTESTATION), CertificateKind.issuedFor(Outcome.PARTIAL));
    }

    @Test
    void a_failure_issues_nothing() {
        assertEquals(Optional.empty(), CertificateKind.issuedFor(Outcome.FAILED));
    }
}
