package fr.cfa.backoffice.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class RegistrationStatusTest {
    @Test
    void a_registered_candidate_gets_the_jury_results_once() {
        assertTrue(RegistrationStatus.REGISTERED.canRecordResults());
        assertEquals(RegistrationStatus.RESULTED, RegistrationStatus.REGISTERED.resultsRecorded());
    }

    @Test
    void a_resulted_registration_cannot_have_its_results_recorded_again() {
        assertFalse(RegistrationStatus.RESULTED.canRecordResults());
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, RegistrationStatus.RESULTED::resultsRecorded);
        assertEquals("RESULTED", refused.extensions().get("currentState"), "the 409 names the current state");
        assertEquals("record results for", refused.extensions().get("attemptedStep"));
    }
}
