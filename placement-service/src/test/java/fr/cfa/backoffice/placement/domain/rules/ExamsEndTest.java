package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The end of the exams (L6222-7-1): the Friday of the exam week; the cycle's end when the exam week is unknown. */
class ExamsEndTest {
    static final LocalDate CYCLE_END = LocalDate.parse("2027-06-20");

    @Test
    void the_exams_end_on_the_friday_of_the_exam_week() {
        assertEquals(LocalDate.parse("2027-06-11"), ExamsEnd.of(LocalDate.parse("2027-06-07"), CYCLE_END));
    }

    @Test
    void an_exam_week_across_the_end_of_a_month_ends_in_the_next_month() {
        assertEquals(LocalDate.parse("2027-07-02"), ExamsEnd.of(LocalDate.parse("2027-06-28"), LocalDate.parse("2027-07-11")));
    }

    @Test
    void an_exam_week_across_the_new_year_ends_in_the_new_year() {
        assertEquals(LocalDate.parse("2028-01-07"), ExamsEnd.of(LocalDate.parse("2028-01-03"), LocalDate.parse("2028-01-16")));
        assertEquals(LocalDate.parse("2027-01-01"), ExamsEnd.of(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-10")));
    }

    @Test
    void without_an_exam_week_the_exams_end_with_the_cycle() {
        assertEquals(CYCLE_END, ExamsEnd.of(null, CYCLE_END));
    }

    @Test
    void an_exam_week_starts_on_a_monday() {
        assertThrows(IllegalArgumentException.class, () -> ExamsEnd.of(LocalDate.parse("2027-06-08"), CYCLE_END));
        assertThrows(IllegalArgumentException.class, () -> ExamsEnd.of(LocalDate.parse("2027-06-06"), CYCLE_END));
    }
}
