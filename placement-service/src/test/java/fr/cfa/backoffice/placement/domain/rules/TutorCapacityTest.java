package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TutorCapacityTest {
    static final Optional<Reason> FULL = Optional.of(Reason.TUTOR_CAPACITY_REACHED);
    final TutorCapacity rule = new TutorCapacity(2, 1);

    Optional<Reason> check(int current, int repeating, boolean newOneRepeats) {
        return rule.check(current, repeating, newOneRepeats).map(RuleViolation::code);
    }

    @Test
    void first_and_second_apprentices_are_accepted() {
        assertEquals(Optional.empty(), check(0, 0, false));
        assertEquals(Optional.empty(), check(1, 0, false));
    }

    @Test
    void third_non_repeating_apprentice_is_refused() {
        assertEquals(FULL, check(2, 0, false));
    }

    @Test
    void third_apprentice_who_repeats_is_accepted() {
        assertEquals(Optional.empty(), check(2, 0, true));
    }

    @Test
    void third_non_repeating_apprentice_is_accepted_when_one_of_the_two_repeats() {
        assertEquals(Optional.empty(), check(2, 1, false));
    }

    @Test
    void fourth_apprentice_is_refused_whether_repeating_or_not() {
        assertEquals(FULL, check(3, 1, false));
        assertEquals(FULL, check(3, 1, true));
        assertEquals(FULL, check(3, 3, true));
    }

    @Test
    void the_limits_are_configuration() {
        TutorCapacity wider = new TutorCapacity(3, 0);
        assertEquals(Optional.empty(), wider.check(2, 0, false).map(RuleViolation::code));
        assertEquals(FULL, wider.check(3, 0, true).map(RuleViolation::code));
    }

    @Test
    void inconsistent_counts_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> rule.check(1, 2, false));
        assertThrows(IllegalArgumentException.class, () -> rule.check(1, -1, false));
    }
}
