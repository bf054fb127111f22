package fr.cfa.backoffice.admissions.domain.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.admissions.domain.eligibility.Applicant.Experience;
import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriorLevelRuleTest {
    static final LocalDate START = LocalDate.parse("2027-01-04");
    final PriorLevelRule rule = new PriorLevelRule(12);

    Optional<Reason> check(QualificationLevel level, boolean social, Experience... experiences) {
        return rule.check(new Applicant(LocalDate.parse("2000-01-01"), false, level, social, List.of(experiences)), START)
                .map(Ineligibility::code);
    }

    @Test
    void level_iv_in_the_social_field_without_experience_is_eligible() {
        assertEquals(Optional.empty(), check(QualificationLevel.parse("IV"), true));
    }

    @Test
    void level_iv_outside_the_social_field_without_experience_is_ineligible() {
        assertEquals(Optional.of(Reason.QUALIFICATION_OR_EXPERIENCE_MISSING), check(QualificationLevel.parse("IV"), false));
    }

    @Test
    void level_v_in_the_social_field_is_the_minimum() {
        assertEquals(Optional.empty(), check(QualificationLevel.parse("V"), true));
        assertEquals(Optional.of(Reason.QUALIFICATION_OR_EXPERIENCE_MISSING), check(QualificationLevel.LEVEL_2, true));
    }

    @Test
    void level_v_non_social_with_11_months_of_relevant_experience_is_ineligible() {
        assertEquals(Optional.of(Reason.QUALIFICATION_OR_EXPERIENCE_MISSING),
                check(QualificationLevel.LEVEL_3, false, new Experience("Agent d'accueil", true, 11)));
    }

    @Test
    void level_v_non_social_with_12_months_of_relevant_experience_is_eligible() {
        assertEquals(Optional.empty(), check(QualificationLevel.LEVEL_3, false, new Experience("Adulte-relais", true, 12)));
    }

    @Test
    void relevant_months_add_up_and_irrelevant_ones_do_not_count() {
        assertEquals(Optional.empty(), check(null, false, new Experience("Médiateur", true, 6), new Experience("Animateur", true, 6)));
        assertEquals(Optional.of(Reason.QUALIFICATION_OR_EXPERIENCE_MISSING),
                check(null, false, new Experience("Médiateur", true, 6), new Experience("Vendeur", false, 60)));
    }

    @Test
    void the_threshold_is_configuration() {
        PriorLevelRule sixMonths = new PriorLevelRule(6);
        Applicant applicant = new Applicant(LocalDate.parse("2000-01-01"), false, null, false, List.of(new Experience("Médiateur", true, 6)));
        assertEquals(Optional.empty(), sixMonths.check(applicant, START));
    }

    @Test
    void former_and_current_levels_are_both_understood() {
        assertEquals(QualificationLevel.LEVEL_3, QualificationLevel.parse("V"));
        assertEquals(QualificationLevel.LEVEL_3, QualificationLevel.parse("niveau V"));
        assertEquals(QualificationLevel.LEVEL_3, QualificationLevel.parse("3"));
        assertEquals(QualificationLevel.LEVEL_4, QualificationLevel.parse("IV"));
        assertEquals(QualificationLevel.LEVEL_5, QualificationLevel.parse("III"));
        assertEquals(QualificationLevel.LEVEL_6, QualificationLevel.parse("II"));
        assertEquals(QualificationLevel.LEVEL_7, QualificationLevel.parse("I"));
        assertEquals(QualificationLevel.LEVEL_8, QualificationLevel.parse("8"));
        assertThrows(IllegalArgumentException.class, () -> QualificationLevel.parse("X"));
    }
}
