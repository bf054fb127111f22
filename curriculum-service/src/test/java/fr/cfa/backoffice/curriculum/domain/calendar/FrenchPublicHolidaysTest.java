package fr.cfa.backoffice.curriculum.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrenchPublicHolidaysTest {

    @Test
    void eleven_public_holidays_a_year_with_the_easter_based_ones_moving() {
        Map<LocalDate, String> y2027 = FrenchPublicHolidays.of(2027);
        assertEquals(11, y2027.size());
        assertEquals("Lundi de Pâques", y2027.get(LocalDate.parse("2027-03-29")));
        assertEquals("Ascension", y2027.get(LocalDate.parse("2027-05-06")));
        assertEquals("Lundi de Pentecôte", y2027.get(LocalDate.parse("2027-05-17")));
        assertEquals("Fête du Travail", y2027.get(LocalDate.parse("2027-05-01")));
        assertEquals("Noël", y2027.get(LocalDate.parse("2027-12-25")));
        assertEquals(LocalDate.parse("2026-04-05"), FrenchPublicHolidays.easterSunday(2026));
        assertEquals(LocalDate.parse("2028-04-16"), FrenchPublicHolidays.easterSunday(2028));
    }
}
