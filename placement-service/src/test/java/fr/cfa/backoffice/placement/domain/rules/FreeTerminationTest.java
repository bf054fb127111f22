package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.rules.FreeTermination.Ground;
import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 45 days of L6222-18 read as days of practical training actually spent at the employer: the working days (Monday to
 * Friday) of the employer weeks, minus absences at the employer. Employer weeks every other Monday from 2027-01-11, centre
 * weeks in between: employer days 1-5 = Mon 11 - Fri 15 Jan, 6-10 = 25-29 Jan, ..., 41-45 = Mon 3 - Fri 7 May, 46 = Mon 17 May.
 */
class FreeTerminationTest {
    static final LocalDate CONTRACT_START = LocalDate.parse("2027-01-11");
    static final List<LocalDate> EMPLOYER_WEEKS = Stream.iterate(CONTRACT_START, monday -> monday.plusWeeks(2)).limit(12).toList();
    static final LocalDate DAY_45 = LocalDate.parse("2027-05-07");
    static final LocalDate DAY_46 = LocalDate.parse("2027-05-17");
    static final List<LocalDate> NO_ABSENCE = List.of();
    final FreeTermination rule = new FreeTermination(45);

    Optional<Reason> check(Ground ground, LocalDate terminationDate) {
        return check(ground, terminationDate, NO_ABSENCE);
    }

    Optional<Reason> check(Ground ground, LocalDate terminationDate, Collection<LocalDate> absences) {
        return rule.check(ground, EMPLOYER_WEEKS, CONTRACT_START, terminationDate, absences).map(RuleViolation::code);
    }

    static long employerDays(String day) {
        return FreeTermination.employerDays(EMPLOYER_WEEKS, CONTRACT_START, LocalDate.parse(day), NO_ABSENCE);
    }

    @Test
    void the_alternating_weeks_are_those_of_the_example() {
        assertEquals(List.of("2027-01-11", "2027-01-25", "2027-02-08", "2027-02-22", "2027-03-08", "2027-03-22", "2027-04-05", "2027-04-19",
                "2027-05-03", "2027-05-17"), EMPLOYER_WEEKS.stream().limit(10).map(LocalDate::toString).toList());
    }

    @Test
    void days_actually_at_the_employer_count_the_working_days_from_the_contract_start_and_skip_centre_weeks() {
        assertEquals(1, employerDays("2027-01-11"));
        assertEquals(5, employerDays("2027-01-15"));
        assertEquals(5, employerDays("2027-01-24"), "the centre week adds none");
        assertEquals(6, employerDays("2027-01-25"));
        assertEquals(40, employerDays("2027-04-23"));
        assertEquals(41, employerDays("2027-05-03"));
        assertEquals(45, employerDays(DAY_45.toString()));
        assertEquals(46, employerDays(DAY_46.toString()));
    }

    @Test
    void days_actually_at_the_employer_do_not_count_a_weekend() {
        assertEquals(5, employerDays("2027-01-15"), "Friday");
        assertEquals(5, employerDays("2027-01-16"), "Saturday");
        assertEquals(5, employerDays("2027-01-17"), "Sunday");
        // the weekend after day 45 keeps it day 45: still free on Sunday 9 May
        assertEquals(45, employerDays("2027-05-09"));
        assertEquals(Optional.empty(), check(Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-05-09")));
    }

    @Test
    void free_termination_on_day_45_actually_at_the_employer_is_accepted() {
        assertEquals(Optional.empty(), check(Ground.FREE_DURING_FIRST_45_DAYS, DAY_45));
        assertTrue(rule.withinFreeDays(EMPLOYER_WEEKS, CONTRACT_START, DAY_45, NO_ABSENCE));
    }

    @Test
    void free_termination_on_day_46_actually_at_the_employer_is_refused() {
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), check(Ground.FREE_DURING_FIRST_45_DAYS, DAY_46));
        assertFalse(rule.withinFreeDays(EMPLOYER_WEEKS, CONTRACT_START, DAY_46, NO_ABSENCE));
    }

    @Test
    void days_actually_at_the_employer_do_not_count_an_absence() {
        List<LocalDate> absentTuesday = List.of(LocalDate.parse("2027-01-12"));
        assertEquals(4, FreeTermination.employerDays(EMPLOYER_WEEKS, CONTRACT_START, LocalDate.parse("2027-01-15"), absentTuesday));
        assertEquals(44, FreeTermination.employerDays(EMPLOYER_WEEKS, CONTRACT_START, DAY_45, absentTuesday));
        // one day absent: Monday 17 May becomes day 45 (free), Tuesday 18 May day 46 (refused)
        assertEquals(Optional.empty(), check(Ground.FREE_DURING_FIRST_45_DAYS, DAY_46, absentTuesday));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), check(Ground.FREE_DURING_FIRST_45_DAYS, DAY_46.plusDays(1), absentTuesday));
    }

    @Test
    void an_absence_outside_the_days_at_the_employer_changes_nothing() {
        List<LocalDate> notWorkingDays = List.of(LocalDate.parse("2027-01-16"), LocalDate.parse("2027-01-19"), LocalDate.parse("2027-05-20"));
        assertEquals(45, FreeTermination.employerDays(EMPLOYER_WEEKS, CONTRACT_START, DAY_45, notWorkingDays),
                "a Saturday, a centre day and a day after the termination");
    }

    @Test
    void the_refusal_gives_the_day_reached_and_the_grounds_still_possible() {
        String message = rule.check(Ground.FREE_DURING_FIRST_45_DAYS, EMPLOYER_WEEKS, CONTRACT_START, DAY_46, NO_ABSENCE).orElseThrow().message();
        assertTrue(message.contains("day 46") && message.contains("MUTUAL_AGREEMENT")
                && message.contains("APPRENTICE_RESIGNATION"), message);
        assertTrue(message.indexOf("FREE_DURING_FIRST_45_DAYS") < 0, message);
    }

    @Test
    void mutual_agreement_on_day_46_actually_at_the_employer_is_accepted() {
        assertEquals(Optional.empty(), check(Ground.MUTUAL_AGREEMENT, DAY_46));
    }

    @Test
    void every_other_ground_is_accepted_before_and_after_day_45_here() {
        for (Ground ground : Ground.values()) {
            if (ground == Ground.FREE_DURING_FIRST_45_DAYS) continue;
            assertEquals(Optional.empty(), check(ground, LocalDate.parse("2027-01-12")), ground.name());
            assertEquals(Optional.empty(), check(ground, LocalDate.parse("2027-09-01")), ground.name());
        }
    }

    @Test
    void a_termination_in_a_centre_week_counts_only_the_days_at_the_employer_before_it() {
        // Centre week 26 Apr - 2 May, after 40 days at the employer: still free.
        assertEquals(40, employerDays("2027-04-28"));
        assertEquals(Optional.empty(), check(Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-04-28")));
        // Centre week 10-16 May, after 45 days: still free; centre week 24-30 May, after 50: no longer.
        assertEquals(Optional.empty(), check(Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-05-12")));
        assertEquals(50, employerDays("2027-05-26"));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), check(Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-05-26")));
    }

    @Test
    void a_contract_starting_mid_week_counts_from_its_start() {
        // Starting Wednesday 13 Jan: 3 days in the first week (13-15), so day 45 is reached 2 working days later, Tuesday 18 May.
        LocalDate midWeek = LocalDate.parse("2027-01-13");
        assertEquals(3, FreeTermination.employerDays(EMPLOYER_WEEKS, midWeek, LocalDate.parse("2027-01-17"), NO_ABSENCE));
        assertEquals(45, FreeTermination.employerDays(EMPLOYER_WEEKS, midWeek, LocalDate.parse("2027-05-18"), NO_ABSENCE));
        assertEquals(0, FreeTermination.employerDays(EMPLOYER_WEEKS, midWeek, LocalDate.parse("2027-01-12"), NO_ABSENCE));
    }

    static Optional<Reason> configured(Map<String, String> settings, Ground ground, LocalDate terminationDate) {
        return ConfiguredRules.with(settings).freeTermination().check(ground, EMPLOYER_WEEKS, CONTRACT_START, terminationDate, NO_ABSENCE)
                .map(RuleViolation::code);
    }

    @Test
    void by_default_the_configured_free_days_are_the_law_s_45() {
        assertEquals(Optional.empty(), configured(Map.of(), Ground.FREE_DURING_FIRST_45_DAYS, DAY_45));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), configured(Map.of(), Ground.FREE_DURING_FIRST_45_DAYS, DAY_46));
    }

    @Test
    void the_free_days_are_configuration_5_days_end_on_day_5_at_the_employer_and_refuse_day_6() {
        Map<String, String> five = Map.of("placement.free-termination.free-days", "5");
        // day 5 is Friday 15 Jan; the weekend and the centre week after it add none; day 6 is Monday 25 Jan
        assertEquals(Optional.empty(), configured(five, Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-01-15")));
        assertEquals(Optional.empty(), configured(five, Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-01-24")));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), configured(five, Ground.FREE_DURING_FIRST_45_DAYS, LocalDate.parse("2027-01-25")));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), configured(five, Ground.FREE_DURING_FIRST_45_DAYS, DAY_45));
    }

    @Test
    void with_46_free_days_configured_day_46_at_the_employer_is_free_and_day_47_is_not() {
        Map<String, String> longer = Map.of("placement.free-termination.free-days", "46");
        assertEquals(Optional.empty(), configured(longer, Ground.FREE_DURING_FIRST_45_DAYS, DAY_46));
        assertEquals(Optional.of(Reason.TERMINATION_NOT_ALLOWED), configured(longer, Ground.FREE_DURING_FIRST_45_DAYS, DAY_46.plusDays(1)));
    }

    @Test
    void an_employer_week_must_start_on_a_monday() {
        assertThrows(IllegalArgumentException.class, () -> FreeTermination.employerDays(
                List.of(LocalDate.parse("2027-01-12")), CONTRACT_START, DAY_45, NO_ABSENCE));
    }
}
