package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year as the State writes it, "2026-2027": from 1 September to 31 August (OBLIGATIONS.md §1). A cohort belongs
 * to the school year its training starts in.
 */
public record SchoolYear(int firstYear) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    /** @throws InvalidParameterException (400 naming {@code parameter}) unless two consecutive years, "2026-2027" */
    public static SchoolYear parse(String value, String parameter) {
        Matcher m = value == null ? null : FORMAT.matcher(value);
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new InvalidParameterException(parameter, "a school year as two consecutive years, e.g. 2026-2027");
        }
        return new SchoolYear(Integer.parseInt(m.group(1)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(firstYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(firstYear + 1, 8, 31);
    }

    @Override
    public String toString() {
        return firstYear + "-" + (firstYear + 1);
    }
}
