package fr.cfa.backoffice.placement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.config.PlacementConfig;
import fr.cfa.backoffice.placement.domain.rules.FreeTermination.Ground;
import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import fr.cfa.backoffice.placement.domain.rules.TutorQualification.Candidate;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules take their thresholds from placement.* settings: the law's values by default, another value changes the answer. */
class PlacementRulesTest {
    static final LocalDate CYCLE_START = LocalDate.parse("2027-01-04");
    static final LocalDate CYCLE_END = LocalDate.parse("2027-06-25");

    static PlacementRules rules(Map<String, String> settings) {
        PlacementConfig config = new SmallRyeConfigBuilder().withMapping(PlacementConfig.class)
                .withSources(new PropertiesConfigSource(settings, "test", 500)).build().getConfigMapping(PlacementConfig.class);
        return new PlacementRules(config);
    }

    @Test
    void by_default_a_contract_starting_3_months_and_1_day_before_the_cycle_is_too_early() {
        assertEquals(List.of(Reason.CONTRACT_STARTS_TOO_EARLY), rules(Map.of()).contractWindow()
                .check(CYCLE_START.minusMonths(3).minusDays(1), CYCLE_END, CYCLE_START, CYCLE_END, CYCLE_END).stream().map(v -> v.code()).toList());
    }

    @Test
    void with_4_months_allowed_before_the_cycle_the_same_contract_fits() {
        assertTrue(rules(Map.of("placement.contract-window.months-before-cycle-start", "4")).contractWindow()
                .check(CYCLE_START.minusMonths(3).minusDays(1), CYCLE_END, CYCLE_START, CYCLE_END, CYCLE_END).isEmpty());
    }

    @Test
    void the_months_after_the_end_of_the_exams_are_a_setting_too() {
        LocalDate end = CYCLE_END.plusMonths(2).plusDays(1);
        assertEquals(List.of(Reason.CONTRACT_ENDS_TOO_LATE), rules(Map.of()).contractWindow().check(CYCLE_START, end, CYCLE_START, CYCLE_END, CYCLE_END)
                .stream().map(v -> v.code()).toList());
        assertTrue(rules(Map.of("placement.contract-window.months-after-exams-end", "3")).contractWindow()
                .check(CYCLE_START, end, CYCLE_START, CYCLE_END, CYCLE_END).isEmpty());
    }

    @Test
    void a_third_apprentice_who_does_not_repeat_is_refused_by_default_and_accepted_with_a_capacity_of_3() {
        assertEquals(Reason.TUTOR_CAPACITY_REACHED, rules(Map.of()).tutorCapacity().check(2, 0, false).orElseThrow().code());
        assertTrue(rules(Map.of("placement.tutor-capacity.max-apprentices", "3")).tutorCapacity().check(2, 0, false).isEmpty());
    }

    @Test
    void without_the_extra_place_a_repeating_apprentice_cannot_be_the_third() {
        assertTrue(rules(Map.of()).tutorCapacity().check(2, 0, true).isEmpty());
        assertEquals(Reason.TUTOR_CAPACITY_REACHED, rules(Map.of("placement.tutor-capacity.extra-repeating", "0")).tutorCapacity()
                .check(2, 0, true).orElseThrow().code());
    }

    @Test
    void free_termination_on_employer_day_46_is_refused_by_default_and_allowed_with_60_free_days() {
        LocalDate start = LocalDate.parse("2027-01-04"); // a Monday: every week at the employer
        List<LocalDate> everyWeek = java.util.stream.IntStream.range(0, 12).mapToObj(start::plusWeeks).toList();
        LocalDate day46 = start.plusWeeks(9); // working days: 9 weeks of 5, then Monday
        assertEquals(Reason.TERMINATION_NOT_ALLOWED, rules(Map.of()).freeTermination()
                .check(Ground.FREE_DURING_FIRST_45_DAYS, everyWeek, start, day46, List.of()).orElseThrow().code());
        assertTrue(rules(Map.of("placement.free-termination.free-days", "60")).freeTermination()
                .check(Ground.FREE_DURING_FIRST_45_DAYS, everyWeek, start, day46, List.of()).isEmpty());
    }

    @Test
    void a_tutor_with_a_relevant_level_4_diploma_and_11_months_qualifies_only_when_the_setting_asks_11() {
        Candidate tutor = new Candidate(4, true, 11);
        assertEquals(Reason.TUTOR_NOT_QUALIFIED, rules(Map.of()).tutorQualification().check(tutor).orElseThrow().code());
        assertTrue(rules(Map.of("placement.tutor-qualification.months-with-diploma", "11")).tutorQualification().check(tutor).isEmpty());
    }

    @Test
    void a_level_5_programme_refuses_a_level_4_diploma() {
        Candidate tutor = new Candidate(4, true, 12);
        assertTrue(rules(Map.of()).tutorQualification().check(tutor).isEmpty());
        assertEquals(Reason.TUTOR_NOT_QUALIFIED, rules(Map.of("placement.tutor-qualification.programme-level", "5")).tutorQualification()
                .check(tutor).orElseThrow().code());
        assertTrue(rules(Map.of("placement.tutor-qualification.programme-level", "5", "placement.tutor-qualification.months-without-diploma", "12"))
                .tutorQualification().check(tutor).isEmpty());
    }
}
