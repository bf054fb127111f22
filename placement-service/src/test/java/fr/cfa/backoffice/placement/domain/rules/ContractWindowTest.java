package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cycle from Monday 4 January to Sunday 20 June 2027 whose exam week starts Monday 7 June: the exams end Friday 11 June. */
class ContractWindowTest {
    static final LocalDate CYCLE_START = LocalDate.parse("2027-01-04");
    static final LocalDate CYCLE_END = LocalDate.parse("2027-06-20");
    static final LocalDate EXAMS_END = ExamsEnd.of(LocalDate.parse("2027-06-07"), CYCLE_END);
    final ContractWindow rule = new ContractWindow(3, 3, 2);

    List<Reason> check(String start, String end) {
        return rule.check(LocalDate.parse(start), LocalDate.parse(end), CYCLE_START, CYCLE_END, EXAMS_END).stream()
                .map(RuleViolation::code).toList();
    }

    /** The rule with the cycle's end standing in for the end of the exams (the exam week unknown). */
    List<Reason> checkWithoutExamWeek(LocalDate start, LocalDate end, LocalDate cycleStart, LocalDate cycleEnd) {
        return rule.check(start, end, cycleStart, cycleEnd, ExamsEnd.of(null, cycleEnd)).stream().map(RuleViolation::code).toList();
    }

    @Test
    void starting_3_months_before_the_cycle_exactly_is_accepted() {
        assertEquals(List.of(), check("2026-10-04", "2027-06-20"));
    }

    @Test
    void starting_the_day_before_3_months_before_the_cycle_is_too_early() {
        assertEquals(List.of(Reason.CONTRACT_STARTS_TOO_EARLY), check("2026-10-03", "2027-06-20"));
    }

    @Test
    void starting_3_months_after_the_cycle_start_exactly_is_accepted() {
        assertEquals(List.of(), check("2027-04-04", "2027-06-20"));
    }

    @Test
    void starting_the_day_after_3_months_after_the_cycle_start_is_too_late() {
        assertEquals(List.of(Reason.CONTRACT_STARTS_TOO_LATE), check("2027-04-05", "2027-06-20"));
    }

    @Test
    void ending_on_the_cycle_end_is_accepted() {
        assertEquals(List.of(), check("2027-01-04", "2027-06-20"));
    }

    @Test
    void ending_the_day_before_the_cycle_end_does_not_cover_the_cycle() {
        assertEquals(List.of(Reason.CONTRACT_ENDS_BEFORE_CYCLE_END), check("2027-01-04", "2027-06-19"));
    }

    @Test
    void ending_2_months_after_the_end_of_the_exams_exactly_is_accepted() {
        assertEquals(LocalDate.parse("2027-06-11"), EXAMS_END);
        assertEquals(List.of(), check("2027-01-04", "2027-08-11"));
    }

    @Test
    void ending_the_day_after_2_months_after_the_end_of_the_exams_is_too_late() {
        assertEquals(List.of(Reason.CONTRACT_ENDS_TOO_LATE), check("2027-01-04", "2027-08-12"));
    }

    @Test
    void ending_2_months_after_the_cycle_end_is_too_late_when_the_exams_end_earlier() {
        assertEquals(List.of(Reason.CONTRACT_ENDS_TOO_LATE), check("2027-01-04", "2027-08-20"));
    }

    @Test
    void without_an_exam_week_the_cycle_end_stands_in_for_the_end_of_the_exams() {
        assertEquals(List.of(), checkWithoutExamWeek(CYCLE_START, LocalDate.parse("2027-08-20"), CYCLE_START, CYCLE_END));
        assertEquals(List.of(Reason.CONTRACT_ENDS_TOO_LATE), checkWithoutExamWeek(CYCLE_START, LocalDate.parse("2027-08-21"), CYCLE_START, CYCLE_END));
    }

    @Test
    void the_contract_still_covers_the_cycle_after_the_exams() {
        assertEquals(List.of(Reason.CONTRACT_ENDS_BEFORE_CYCLE_END), check("2027-01-04", "2027-06-12"));
    }

    @Test
    void every_violation_is_returned() {
        assertEquals(List.of(Reason.CONTRACT_STARTS_TOO_EARLY, Reason.CONTRACT_ENDS_BEFORE_CYCLE_END),
                check("2026-10-03", "2027-06-19"));
        assertEquals(List.of(Reason.CONTRACT_STARTS_TOO_LATE, Reason.CONTRACT_ENDS_TOO_LATE),
                check("2027-04-05", "2027-08-12"));
    }

    @Test
    void months_ending_on_the_31st_end_on_the_last_day_of_a_shorter_month() {
        LocalDate cycleStart = LocalDate.parse("2027-05-31");
        LocalDate cycleEnd = LocalDate.parse("2027-12-31");
        // 3 months before 31 May is 28 February (2027 is a common year); 2 months after 31 December is 29 February 2028.
        assertEquals(List.of(), checkWithoutExamWeek(LocalDate.parse("2027-02-28"), LocalDate.parse("2028-02-29"), cycleStart, cycleEnd));
        assertEquals(List.of(Reason.CONTRACT_STARTS_TOO_EARLY, Reason.CONTRACT_ENDS_TOO_LATE),
                checkWithoutExamWeek(LocalDate.parse("2027-02-27"), LocalDate.parse("2028-03-01"), cycleStart, cycleEnd));
    }

    @Test
    void a_cycle_starting_on_29_february_allows_a_start_from_29_november_to_29_may() {
        LocalDate cycleStart = LocalDate.parse("2028-02-29"); // 2028 is a leap year
        LocalDate cycleEnd = LocalDate.parse("2028-08-31");
        assertEquals(List.of(), checkWithoutExamWeek(LocalDate.parse("2027-11-29"), cycleEnd, cycleStart, cycleEnd));
        assertEquals(List.of(Reason.CONTRACT_STARTS_TOO_EARLY), checkWithoutExamWeek(LocalDate.parse("2027-11-28"), cycleEnd, cycleStart, cycleEnd));
        assertEquals(List.of(), checkWithoutExamWeek(LocalDate.parse("2028-05-29"), cycleEnd, cycleStart, cycleEnd));
        assertEquals(List.of(Reason.CONTRACT_STARTS_TOO_LATE), checkWithoutExamWeek(LocalDate.parse("2028-05-30"), cycleEnd, cycleStart, cycleEnd));
    }

    @Test
    void exams_ending_on_29_december_2027_let_the_contract_end_on_29_february_2028_not_on_1_march() {
        LocalDate cycleStart = LocalDate.parse("2027-09-06");
        LocalDate cycleEnd = LocalDate.parse("2027-12-31");
        LocalDate examsEnd = LocalDate.parse("2027-12-29");
        assertEquals(List.of(), rule.check(cycleStart, LocalDate.parse("2028-02-29"), cycleStart, cycleEnd, examsEnd));
        assertEquals(List.of(Reason.CONTRACT_ENDS_TOO_LATE), rule.check(cycleStart, LocalDate.parse("2028-03-01"), cycleStart, cycleEnd, examsEnd)
                .stream().map(RuleViolation::code).toList());
    }

    @Test
    void the_message_gives_the_end_of_the_exams_and_the_latest_end() {
        String message = rule.check(CYCLE_START, LocalDate.parse("2027-08-12"), CYCLE_START, CYCLE_END, EXAMS_END).get(0).message();
        assertTrue(message.contains("end of the exams on 2027-06-11") && message.contains("2027-08-11"), message);
    }

    @Test
    void the_message_gives_the_limit() {
        String message = rule.check(LocalDate.parse("2026-10-03"), CYCLE_END, CYCLE_START, CYCLE_END, EXAMS_END).get(0).message();
        assertTrue(message.contains("2026-10-04"), message);
    }

    @Test
    void a_contract_ending_before_it_starts_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> rule.check(LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-03"), CYCLE_START, CYCLE_END, EXAMS_END));
    }
}
