package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import fr.cfa.backoffice.placement.domain.rules.TutorQualification.Candidate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TutorQualificationTest {
    static final Optional<Reason> REFUSED = Optional.of(Reason.TUTOR_NOT_QUALIFIED);
    final TutorQualification rule = new TutorQualification(4, 12, 24);

    Optional<Reason> check(Integer level, boolean relevant, int months) {
        return rule.check(new Candidate(level, relevant, months)).map(RuleViolation::code);
    }

    String message(Integer level, boolean relevant, int months) {
        return rule.check(new Candidate(level, relevant, months)).orElseThrow().message();
    }

    @Test
    void relevant_level_4_diploma_with_11_months_is_not_qualified() {
        assertEquals(REFUSED, check(4, true, 11));
    }

    @Test
    void relevant_level_4_diploma_with_12_months_is_qualified() {
        assertEquals(Optional.empty(), check(4, true, 12));
    }

    @Test
    void relevant_diploma_above_the_programme_level_with_12_months_is_qualified() {
        assertEquals(Optional.empty(), check(6, true, 12));
    }

    @Test
    void no_diploma_with_23_months_is_not_qualified() {
        assertEquals(REFUSED, check(null, false, 23));
    }

    @Test
    void no_diploma_with_24_months_is_qualified() {
        assertEquals(Optional.empty(), check(null, false, 24));
    }

    @Test
    void level_3_diploma_with_12_months_is_below_the_programme_level() {
        assertEquals(REFUSED, check(3, true, 12));
        assertTrue(message(3, true, 12).contains("below the programme's level 4"), message(3, true, 12));
    }

    @Test
    void non_relevant_level_5_diploma_with_12_months_is_not_qualified() {
        assertEquals(REFUSED, check(5, false, 12));
        assertTrue(message(5, false, 12).contains("outside the programme's field"), message(5, false, 12));
    }

    @Test
    void any_diploma_with_24_months_is_qualified() {
        assertEquals(Optional.empty(), check(3, true, 24));
        assertEquals(Optional.empty(), check(5, false, 24));
    }

    @Test
    void the_message_says_what_is_missing() {
        String missing = message(4, true, 11);
        assertTrue(missing.contains("11") && missing.contains("12") && missing.contains("24"), missing);
        String noDiploma = message(null, false, 23);
        assertTrue(noDiploma.contains("no diploma") && noDiploma.contains("23") && noDiploma.contains("24"), noDiploma);
    }

    static Optional<Reason> configured(Map<String, String> settings, Integer level, boolean relevant, int months) {
        return ConfiguredRules.with(settings).tutorQualification().check(new Candidate(level, relevant, months)).map(RuleViolation::code);
    }

    @Test
    void by_default_the_configured_thresholds_are_the_law_s_level_4_with_12_months_or_24_without() {
        Map<String, String> none = Map.of();
        assertEquals(REFUSED, configured(none, 4, true, 11));
        assertEquals(Optional.empty(), configured(none, 4, true, 12));
        assertEquals(REFUSED, configured(none, 3, true, 12), "level 3 is below the default programme level");
        assertEquals(REFUSED, configured(none, null, false, 23));
        assertEquals(Optional.empty(), configured(none, null, false, 24));
    }

    @Test
    void the_thresholds_are_configuration_a_branch_asking_level_5_24_and_36_months_moves_every_boundary() {
        Map<String, String> branch = Map.of("placement.tutor-qualification.programme-level", "5",
                "placement.tutor-qualification.months-with-diploma", "24", "placement.tutor-qualification.months-without-diploma", "36");
        assertEquals(REFUSED, configured(branch, 5, true, 23), "23 months with the diploma, the day before 24");
        assertEquals(Optional.empty(), configured(branch, 5, true, 24), "24 months with the diploma");
        assertEquals(REFUSED, configured(branch, 4, true, 24), "level 4 is now below the programme level");
        assertEquals(REFUSED, configured(branch, 4, true, 35), "35 months without a qualifying diploma");
        assertEquals(Optional.empty(), configured(branch, null, false, 36), "36 months without a diploma");
        assertEquals(REFUSED, configured(branch, null, false, 24), "the law's 24 months no longer suffice");
    }

    @Test
    void negative_experience_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new Candidate(4, true, -1));
    }
}
