package fr.cfa.backoffice.curriculum.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.curriculum.domain.calendar.AlternanceRhythm.WeekKind;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner.Calendar;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner.Module;
import fr.cfa.backoffice.curriculum.domain.calendar.CalendarPlanner.Week;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CalendarPlannerTest {
    static final List<Module> MODULES = List.of(new Module("M1", 35, false), new Module("M2", 35, false), new Module("M3", 49, false),
            new Module("M4", 35, false), new Module("M5", 56, false), new Module("M6", 42, false), new Module("M7", 42, false),
            new Module("M8", 56, false), new Module("M9", 35, true));

    static Stream<Arguments> rhythmsAndStarts() {
        return Stream.of(
                Arguments.of(AlternanceRhythm.ONE_AND_ONE, "2027-01-04"),
                Arguments.of(new AlternanceRhythm(2, 1, 1), "2027-03-01"),
                Arguments.of(new AlternanceRhythm(3, 1, 2), "2026-11-30"),   // across Christmas and New Year
                Arguments.of(new AlternanceRhythm(0, 2, 2), "2027-04-05"),   // across 1 May, 8 May, Ascension, Whit Monday
                Arguments.of(new AlternanceRhythm(11, 1, 1), "2027-09-06"),  // a block start: all centre weeks first
                Arguments.of(new AlternanceRhythm(0, 1, 3), "2027-02-01"));
    }

    @ParameterizedTest
    @MethodSource("rhythmsAndStarts")
    void every_rhythm_gives_exactly_11_centre_and_13_employer_weeks_with_modules_in_order(AlternanceRhythm rhythm, String start) {
        Calendar calendar = CalendarPlanner.plan(LocalDate.parse(start), rhythm, 11, 13, MODULES);
        assertEquals(24, calendar.weeks().size());
        assertEquals(11, calendar.ofKind(WeekKind.CENTER).size());
        assertEquals(13, calendar.ofKind(WeekKind.EMPLOYER).size());
        for (int i = 0; i < 24; i++) assertEquals(LocalDate.parse(start).plusWeeks(i), calendar.weeks().get(i).monday());

        List<String> order = new ArrayList<>();
        for (Week week : calendar.ofKind(WeekKind.CENTER)) {
            for (String module : week.moduleHours().keySet()) if (!order.contains(module)) order.add(module);
        }
        List<String> placed = order.stream().filter(m -> !m.equals("M9")).toList();
        assertEquals(placed.stream().sorted().toList(), placed, "M1–M8 in order");
        Week lastCenter = calendar.ofKind(WeekKind.CENTER).get(10);
        assertTrue(lastCenter.moduleHours().containsKey("M9"), "the certification closes the centre weeks");
        assertEquals(lastCenter.monday(), calendar.examWeekStart(), "the exam week, announced to placement");
        calendar.ofKind(WeekKind.EMPLOYER).forEach(w -> assertTrue(w.moduleHours().isEmpty()));
    }

    @Test
    void without_holidays_in_centre_weeks_every_planned_hour_is_placed() {
        // a block start from 11 January 2027: the eleven centre weeks end before Easter Monday
        Calendar calendar = CalendarPlanner.plan(LocalDate.parse("2027-01-11"), new AlternanceRhythm(11, 1, 1), 11, 13, MODULES);
        assertTrue(calendar.warnings().isEmpty(), calendar.warnings().toString());
        int hours = calendar.weeks().stream().flatMap(w -> w.moduleHours().values().stream()).mapToInt(Integer::intValue).sum();
        assertEquals(385, hours);
        assertEquals(List.of("M1"), List.copyOf(calendar.weeks().get(0).moduleHours().keySet()));
        assertEquals(List.of("M9"), List.copyOf(calendar.weeks().get(10).moduleHours().keySet()));
        assertEquals(WeekKind.EMPLOYER, calendar.weeks().get(11).kind());
    }

    @Test
    void across_christmas_the_holidays_are_shown_and_the_lost_days_reported() {
        Calendar calendar = CalendarPlanner.plan(LocalDate.parse("2026-11-30"), new AlternanceRhythm(5, 1, 1), 11, 13, MODULES);
        Week christmas = calendar.weeks().get(3); // 21–27 December 2026: a centre week of the initial block
        assertEquals(LocalDate.parse("2026-12-21"), christmas.monday());
        assertEquals("Noël", christmas.holidays().get(0).name());
        assertEquals(28, christmas.availableHours(), "Friday 25 December is off");
        Week newYear = calendar.weeks().get(4);
        assertEquals("Jour de l'an", newYear.holidays().get(0).name());
        assertTrue(calendar.warnings().stream().anyMatch(w -> w.startsWith("M8")), calendar.warnings().toString());
    }

    @Test
    void a_programme_without_a_certification_exam_has_no_exam_week() {
        List<Module> withoutExam = MODULES.stream().filter(m -> !m.certificationExam()).toList();
        Calendar calendar = CalendarPlanner.plan(LocalDate.parse("2027-01-04"), AlternanceRhythm.ONE_AND_ONE, 11, 13, withoutExam);
        assertNull(calendar.examWeekStart());
    }

    @Test
    void a_weekend_holiday_costs_no_teaching_hours() {
        // 1 May 2027 is a Saturday
        Calendar calendar = CalendarPlanner.plan(LocalDate.parse("2027-04-26"), new AlternanceRhythm(1, 1, 1), 11, 13, MODULES);
        Week first = calendar.weeks().get(0);
        assertEquals("Fête du Travail", first.holidays().get(0).name());
        assertEquals(35, first.availableHours());
    }

    @Test
    void an_initial_centre_block_is_followed_by_the_employer() {
        List<WeekKind> weeks = new AlternanceRhythm(2, 1, 1).weeks(11, 13);
        assertEquals(List.of(WeekKind.CENTER, WeekKind.CENTER, WeekKind.EMPLOYER, WeekKind.CENTER, WeekKind.EMPLOYER), weeks.subList(0, 5));
        List<WeekKind> alternating = AlternanceRhythm.ONE_AND_ONE.weeks(11, 13);
        assertEquals(List.of(WeekKind.CENTER, WeekKind.EMPLOYER, WeekKind.CENTER), alternating.subList(0, 3));
        assertEquals(List.of(WeekKind.EMPLOYER, WeekKind.EMPLOYER), alternating.subList(22, 24), "the two extra employer weeks close the cycle");
    }

    @Test
    void a_rhythm_that_cannot_alternate_says_why() {
        assertTrue(new AlternanceRhythm(0, 0, 1).problemWith(11, 13).orElseThrow().contains("at least one centre week"));
        assertTrue(new AlternanceRhythm(12, 1, 1).problemWith(11, 13).orElseThrow().contains("exceeds the 11 centre weeks"));
        assertTrue(new AlternanceRhythm(0, 1, 14).problemWith(11, 13).orElseThrow().contains("exceeds"));
        assertTrue(AlternanceRhythm.ONE_AND_ONE.problemWith(11, 13).isEmpty());
    }
}
