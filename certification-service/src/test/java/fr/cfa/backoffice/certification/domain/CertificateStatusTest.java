package fr.cfa.backoffice.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class CertificateStatusTest {
    @Test
    void a_valid_certificate_can_be_revoked() {
        assertTrue(CertificateStatus.VALID.canRevoke());
        assertEquals(CertificateStatus.REVOKED, CertificateStatus.VALID.revoked());
    }

    @Test
    void a_revoked_certificate_cannot_be_revoked_again() {
        assertFalse(CertificateStatus.REVOKED.canRevoke());
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, CertificateStatus.REVOKED::revoked);
        assertEquals("REVOKED", refused.extensions().get("currentState"), "the 409 names the current state");
        assertEquals("revoke", refused.extensions().get("attemptedStep"));
    }
}
