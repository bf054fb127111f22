package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import fr.cfa.backoffice.placement.domain.rules.TutorQualification.Candidate;
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

    @Test
    void the_thresholds_are_configuration() {
        TutorQualification branch = new TutorQualification(5, 24, 36);
        assertEquals(REFUSED, branch.check(new Candidate(5, true, 23)).map(RuleViolation::code));
        assertEquals(Optional.empty(), branch.check(new Candidate(5, true, 24)).map(RuleViolation::code));
        assertEquals(REFUSED, branch.check(new Candidate(4, true, 35)).map(RuleViolation::code));
        assertEquals(Optional.empty(), branch.check(new Candidate(null, false, 36)).map(RuleViolation::code));
    }

    @Test
    void negative_experience_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new Candidate(4, true, -1));
    }
}
