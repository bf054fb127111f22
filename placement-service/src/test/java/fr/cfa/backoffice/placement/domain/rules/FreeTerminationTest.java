package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.rules.FreeTermination.Ground;
import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Employer weeks every other Monday from 2027-01-11, centre weeks in between:
 * employer days 1-7 = 11-17 Jan, 8-14 = 25-31 Jan, 15-21 = 8-14 Feb, 22-28 = 22-28 Feb, 29-35 = 8-14 Mar,
 * 36-42 = 22-28 Mar, 43-49 = 5-11 Apr; so day 45 is Wednesday 2027-04-07 and day 46 Thursday 2027-04-08.
 */
class FreeTerminationTest {
    static final LocalDate CONTRACT_START = LocalDate.parse("2027-01-11");
    static final List<LocalDate> EMPLOYER_WEEKS = Stream.iterate(CONTRACT_START, monday -> monday.plusWeeks(2)).limit(12).toList();
    static final LocalDate DAY_45 = LocalDate.parse("2027-04-07");
    static final LocalDate DAY_46 = LocalDate.parse("2027-04-08");
    final FreeTermination rule = new FreeTermination(45);

    Optional<Reason> check(Ground ground, LocalDate terminationDate) {
        return rule.check(ground, EMPLOYER_WEEKS, CONTRACT_START, terminationDate).map(RuleViolation::code);
    }

    static long employerDays(String day) {
        return FreeTermination.employerDays(EMPLOYER_WEEKS, CONTRACT_START, LocalDate.parse(day));
    }

    @Test
    void the_alternating_weeks_are_those_of_the_example() {
        assertEquals(List.of("2027-01-11", "2027-01-25", "2027-02-08", "2027-02-22", "2027-03-08", "2027-03-22", "2027-04-05"),
                EMPLOYER_WEEKS.stream().limit(7).map(LocalDate::toString).toList());
    }

    @Test
    void employer_days_count_from_the_contract_start_and_skip_centre_weeks() {
        assertEquals(1, employerDays("2027-01-11"));
        assertEquals(7, employerDays("2027-01-17"));
        assertEquals(7, employerDays("2027-01-24"));
        assertEquals(8, employerDays("2027-01-25"));
        assertEquals(42, employerDays("2027-03-28"));
        assertEquals(43, employerDays("2027-04-05"));
        assertEquals(45, FreeTermination.employerDays(EMPLOYER_WEEKS, CONTRACT_START, DAY_45));
        assertEquals(46, FreeTermination.employerDays(EMPLOYER_WEEKS, CONTRACT_START, DAY_46));
    }

    @Test
    void free_termination_on_employer_day_45_is_accepted() {
        assertEquals(Optional.empty(), check(Ground.FREE_DURING_FIRST_45_DAYS, DAY_45));
    }

    @Test
    void free_termination_on_employer_day_46_is_refused() {
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), check(Ground.FREE_DURING_FIRST_45_DAYS, DAY_46));
    }

    @Test
    void the_refusal_gives_the_day_reached_and_the_grounds_still_possible() {
        String message = rule.check(Ground.FREE_DURING_FIRST_45_DAYS, EMPLOYER_WEEKS, CONTRACT_START, DAY_46).orElseThrow().message();
        assertTrue(message.contains("day 46") && message.contains("MUTUAL_AGREEMENT")
                && message.contains("APPRENTICE_RESIGNATION"), message);
        assertTrue(message.indexOf("FREE_DURING_FIRST_45_DAYS") < 0, message);
    }

    @Test
    void mutual_agreement_on_employer_day_46_is_accepted() {
        assertEquals(Optional.empty(), check(Ground.MUTUAL_AGREEMENT, DAY_46));
    }

    @Test
    void every_other_ground_is_accepted_before_and_after_day_45() {
        for (Ground ground : Ground.values()) {
            if (ground == Ground.FREE_DURING_FIRST_45_DAYS) continue;
            assertEquals(Optional.empty(), check(ground, LocalDate.parse("2027-01-12")), ground.name());
            assertEquals(Optional.empty(), check(ground, LocalDate.parse("2027-09-01")), ground.name());
        }
    }

    @Test
    void a_termination_in_a_centre_week_counts_only_the_employer_days_before_it() {
        // Centre week 29 Mar - 4 Apr, after 42 employer days: calendar day 81 of the contract, still free.
        assertEquals(42, employerDays("2027-03-31"));
        assertEquals(42, employerDays("2027-04-04"));
        assertEquals(Optional.empty(), check(Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-04-04")));
        // Centre week 12-18 Apr, after 49 employer days: no longer free.
        assertEquals(49, employerDays("2027-04-14"));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED),
                check(Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-04-14")));
    }

    @Test
    void a_contract_starting_mid_week_counts_from_its_start() {
        // Starting Wednesday 13 Jan: 5 days in the first week (13-17), so 45 days are reached 2 days later.
        LocalDate midWeek = LocalDate.parse("2027-01-13");
        assertEquals(5, FreeTermination.employerDays(EMPLOYER_WEEKS, midWeek, LocalDate.parse("2027-01-17")));
        assertEquals(45, FreeTermination.employerDays(EMPLOYER_WEEKS, midWeek, LocalDate.parse("2027-04-09")));
        assertEquals(0, FreeTermination.employerDays(EMPLOYER_WEEKS, midWeek, LocalDate.parse("2027-01-12")));
    }

    static Optional<Reason> configured(Map<String, String> settings, Ground ground, LocalDate terminationDate) {
        return ConfiguredRules.with(settings).freeTermination().check(ground, EMPLOYER_WEEKS, CONTRACT_START, terminationDate).map(RuleViolation::code);
    }

    @Test
    void by_default_the_configured_free_days_are_the_law_s_45() {
        assertEquals(Optional.empty(), configured(Map.of(), Ground.FREE_DURING_FIRST_45_DAYS, DAY_45));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), configured(Map.of(), Ground.FREE_DURING_FIRST_45_DAYS, DAY_46));
    }

    @Test
    void the_free_days_are_configuration_7_days_end_on_employer_day_7_and_refuse_day_8() {
        Map<String, String> seven = Map.of("placement.free-termination.free-days", "7");
        // day 7 is Sunday 17 Jan; the centre week after it adds none; day 8 is Monday 25 Jan
        assertEquals(Optional.empty(), configured(seven, Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-01-17")));
        assertEquals(Optional.empty(), configured(seven, Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-01-24")));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), configured(seven, Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-01-25")));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), configured(seven, Ground.FREE_DURING_FIRST_45_DAYS, DAY_45));
    }

    @Test
    void with_46_free_days_configured_employer_day_46_is_free_and_day_47_is_not() {
        Map<String, String> longer = Map.of("placement.free-termination.free-days", "46");
        assertEquals(Optional.empty(), configured(longer, Ground.FREE_DURING_FIRST_45_DAYS, DAY_46));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), configured(longer, Ground.FREE_DURING_FIRST_45_DAYS, DAY_46.plusDays(1)));
    }

    @Test
    void an_employer_week_must_start_on_a_monday() {
        assertThrows(IllegalArgumentException.class, () -> FreeTermination.employerDays(
                List.of(LocalDate.parse("2027-01-12")), CONTRACT_START, DAY_45));
    }
}
