package fr.cfa.backoffice.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Partners see only their own data; another partner's id answers 404, never 403 (no existence leak). */
class CallerTest {
    static final UUID MINE = UUID.randomUUID();
    static final UUID THEIRS = UUID.randomUUID();

    @Test
    void a_partner_reaching_for_another_partners_data_gets_not_found() {
        Caller employer = new Caller("rh", "idp", "sub-1", Set.of(Roles.EMPLOYER), MINE);
        assertThrows(ResourceNotFoundException.class, () -> employer.requireOwn(THEIRS, "Contract", "c-1"));
        assertDoesNotThrow(() -> employer.requireOwn(MINE, "Contract", "c-1"));
        assertEquals(MINE.toString(), employer.organisation());
    }

    @Test
    void the_centres_staff_see_every_organisations_data() {
        Caller officer = new Caller("anne", "idp", "sub-2", Set.of(Roles.PLACEMENT_OFFICER), null);
        assertDoesNotThrow(() -> officer.requireOwn(THEIRS, "Contract", "c-1"));
        assertEquals(Caller.CENTRE, officer.organisation());
    }

    @Test
    void the_service_itself_is_the_centre_and_not_anonymous() {
        Caller system = Caller.system("placement-service");
        assertEquals(Caller.CENTRE, system.organisation());
        assertEquals(false, system.isAnonymous());
        assertEquals(true, Caller.ANONYMOUS.isAnonymous());
    }
}
