package fr.cfa.backoffice.certification.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionStatusTest {
    @Test
    void a_planned_session_takes_registrations() {
        assertTrue(SessionStatus.PLANNED.acceptsRegistrations());
    }
}
