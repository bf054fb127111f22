package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.rules.FreeTermination.Ground;
import fr.cfa.backoffice.placement.domain.rules.Resignation.Steps;
import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Resignation by the apprentice after the first 45 days (L6222-18, D6222-21-1): referral to the mediator, notice to the employer
 * at least 5 days later, effect at least 7 days after the notice. Referral on Monday 1 February 2027.
 */
class ResignationTest {
    static final LocalDate REFERRED = LocalDate.parse("2027-02-01");
    static final boolean AFTER_FREE_DAYS = false;
    final Resignation rule = new Resignation(5, 7);

    List<Reason> check(LocalDate referred, LocalDate informed, LocalDate effective) {
        return rule.check(Ground.APPRENTICE_RESIGNATION, AFTER_FREE_DAYS, new Steps(referred, informed), effective).stream()
                .map(RuleViolation::code).toList();
    }

    @Test
    void the_employer_informed_4_days_after_the_referral_is_too_early() {
        assertEquals(List.of(Reason.RESIGNATION_NOTICE_TOO_EARLY), check(REFERRED, REFERRED.plusDays(4), REFERRED.plusDays(4 + 7)));
    }

    @Test
    void the_employer_informed_5_days_after_the_referral_is_accepted() {
        assertEquals(List.of(), check(REFERRED, REFERRED.plusDays(5), REFERRED.plusDays(5 + 7)));
    }

    @Test
    void an_effect_6_days_after_the_notice_is_too_early() {
        LocalDate informed = REFERRED.plusDays(5);
        assertEquals(List.of(Reason.RESIGNATION_EFFECT_TOO_EARLY), check(REFERRED, informed, informed.plusDays(6)));
    }

    @Test
    void an_effect_7_days_after_the_notice_is_accepted() {
        LocalDate informed = REFERRED.plusDays(5);
        assertEquals(List.of(), check(REFERRED, informed, informed.plusDays(7)));
    }

    @Test
    void both_steps_too_early_are_both_reported_with_their_earliest_dates() {
        List<RuleViolation> violations = rule.check(Ground.APPRENTICE_RESIGNATION, AFTER_FREE_DAYS,
                new Steps(REFERRED, REFERRED.plusDays(4)), REFERRED.plusDays(10));
        assertEquals(List.of(Reason.RESIGNATION_NOTICE_TOO_EARLY, Reason.RESIGNATION_EFFECT_TOO_EARLY),
                violations.stream().map(RuleViolation::code).toList());
        assertTrue(violations.get(0).message().contains("2027-02-06"), violations.get(0).message());
        assertTrue(violations.get(1).message().contains("2027-02-12"), violations.get(1).message());
    }

    @Test
    void a_missing_referral_to_the_mediator_is_a_missing_step() {
        List<RuleViolation> violations = rule.check(Ground.APPRENTICE_RESIGNATION, AFTER_FREE_DAYS, new Steps(null, REFERRED.plusDays(5)),
                REFERRED.plusDays(12));
        assertEquals(List.of(Reason.TERMINATION_STEP_MISSING), violations.stream().map(RuleViolation::code).toList());
        assertTrue(violations.get(0).message().startsWith("mediatorReferredOn"), violations.get(0).message());
    }

    @Test
    void a_missing_notice_to_the_employer_is_a_missing_step() {
        List<RuleViolation> violations = rule.check(Ground.APPRENTICE_RESIGNATION, AFTER_FREE_DAYS, new Steps(REFERRED, null), REFERRED.plusDays(12));
        assertEquals(List.of(Reason.TERMINATION_STEP_MISSING), violations.stream().map(RuleViolation::code).toList());
        assertTrue(violations.get(0).message().startsWith("employerInformedOn"), violations.get(0).message());
    }

    @Test
    void both_steps_missing_are_both_reported() {
        assertEquals(List.of(Reason.TERMINATION_STEP_MISSING, Reason.TERMINATION_STEP_MISSING), check(null, null, REFERRED));
    }

    @Test
    void within_the_free_days_a_resignation_needs_no_step() {
        assertEquals(List.of(), rule.check(Ground.APPRENTICE_RESIGNATION, true, new Steps(null, null), REFERRED));
    }

    @ParameterizedTest
    @EnumSource(value = Ground.class, names = "APPRENTICE_RESIGNATION", mode = EnumSource.Mode.EXCLUDE)
    void the_other_grounds_keep_their_rules_and_need_no_step(Ground ground) {
        assertEquals(List.of(), rule.check(ground, AFTER_FREE_DAYS, new Steps(null, null), REFERRED));
    }

    @Test
    void the_5_and_7_days_are_configuration() {
        Resignation defaults = ConfiguredRules.defaults().resignation();
        assertEquals(List.of(Reason.RESIGNATION_NOTICE_TOO_EARLY, Reason.RESIGNATION_EFFECT_TOO_EARLY), defaults.check(Ground.APPRENTICE_RESIGNATION,
                AFTER_FREE_DAYS, new Steps(REFERRED, REFERRED.plusDays(3)), REFERRED.plusDays(8)).stream().map(RuleViolation::code).toList());
        Resignation shorter = ConfiguredRules.with(Map.of("placement.resignation.days-after-referral", "3",
                "placement.resignation.days-after-notice", "5")).resignation();
        assertEquals(List.of(), shorter.check(Ground.APPRENTICE_RESIGNATION, AFTER_FREE_DAYS, new Steps(REFERRED, REFERRED.plusDays(3)),
                REFERRED.plusDays(8)));
        assertEquals(List.of(Reason.RESIGNATION_EFFECT_TOO_EARLY), shorter.check(Ground.APPRENTICE_RESIGNATION, AFTER_FREE_DAYS,
                new Steps(REFERRED, REFERRED.plusDays(3)), REFERRED.plusDays(7)).stream().map(RuleViolation::code).toList());
    }
}
