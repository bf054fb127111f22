package fr.cfa.backoffice.curriculum.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.TreeMap;

/** The eleven French public holidays (Code du travail L3133-1), Easter-based ones computed per year. */
public final class FrenchPublicHolidays {
    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(1, 1), "Jour de l'an",
            MonthDay.of(5, 1), "Fête du Travail",
            MonthDay.of(5, 8), "Victoire 1945",
            MonthDay.of(7, 14), "Fête nationale",
            MonthDay.of(8, 15), "Assomption",
            MonthDay.of(11, 1), "Toussaint",
            MonthDay.of(11, 11), "Armistice 1918",
            MonthDay.of(12, 25), "Noël");

    private FrenchPublicHolidays() {}

    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        FIXED.forEach((day, name) -> holidays.put(day.atYear(year), name));
        LocalDate easter = easterSunday(year);
        holidays.put(easter.plusDays(1), "Lundi de Pâques");
        holidays.put(easter.plusDays(39), "Ascension");
        holidays.put(easter.plusDays(50), "Lundi de Pentecôte");
        return holidays;
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
