package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.util.Map;
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

    static Optional<Reason> configured(Map<String, String> settings, int current, int repeating, boolean newOneRepeats) {
        return ConfiguredRules.with(settings).tutorCapacity().check(current, repeating, newOneRepeats).map(RuleViolation::code);
    }

    @Test
    void by_default_the_configured_limits_are_the_law_s_2_plus_1_repeating() {
        Map<String, String> none = Map.of();
        assertEquals(Optional.empty(), configured(none, 1, 0, false), "second apprentice");
        assertEquals(FULL, configured(none, 2, 0, false), "third non-repeating");
        assertEquals(Optional.empty(), configured(none, 2, 0, true), "third who repeats");
        assertEquals(FULL, configured(none, 3, 1, true), "fourth");
    }

    @Test
    void the_limits_are_configuration_a_capacity_of_3_moves_both_boundaries_by_one() {
        Map<String, String> three = Map.of("placement.tutor-capacity.max-apprentices", "3");
        assertEquals(Optional.empty(), configured(three, 2, 0, false), "third non-repeating, now within the limit");
        assertEquals(FULL, configured(three, 3, 0, false), "fourth non-repeating, over the limit of 3");
        assertEquals(Optional.empty(), configured(three, 3, 0, true), "fourth who repeats takes the extra place");
        assertEquals(FULL, configured(three, 4, 1, true), "fifth, over 3 plus 1");
    }

    @Test
    void the_extra_place_is_configuration_without_it_a_repeating_apprentice_cannot_be_the_third() {
        assertEquals(FULL, configured(Map.of("placement.tutor-capacity.extra-repeating", "0"), 2, 0, true));
        assertEquals(Optional.empty(), configured(Map.of("placement.tutor-capacity.extra-repeating", "2"), 3, 1, true), "fourth, with 2 extra places");
        assertEquals(FULL, configured(Map.of("placement.tutor-capacity.extra-repeating", "2"), 4, 2, true), "fifth, over 2 plus 2");
    }

    @Test
    void inconsistent_counts_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> rule.check(1, 2, false));
        assertThrows(IllegalArgumentException.class, () -> rule.check(1, -1, false));
    }
}
