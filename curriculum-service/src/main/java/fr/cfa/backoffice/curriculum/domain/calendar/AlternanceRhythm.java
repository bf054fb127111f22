package fr.cfa.backoffice.curriculum.domain.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How centre and employer weeks alternate: cycles of {@code centerWeeks} at the centre then
 * {@code employerWeeks} at the employer; with an initial block of centre weeks, the cycles that follow it
 * start at the employer. Once one kind has all its weeks (11 centre, 13 employer for this programme),
 * the remaining weeks are of the other kind.
 */
public record AlternanceRhythm(int initialCenterWeeks, int centerWeeks, int employerWeeks) {
    public static final AlternanceRhythm ONE_AND_ONE = new AlternanceRhythm(0, 1, 1);

    public enum WeekKind { CENTER, EMPLOYER }

    /** Why this rhythm cannot lay out {@code centerTotal} + {@code employerTotal} weeks, if it cannot. */
    public Optional<String> problemWith(int centerTotal, int employerTotal) {
        if (initialCenterWeeks < 0) return Optional.of("the initial block cannot be negative");
        if (centerWeeks < 1 || employerWeeks < 1) {
            return Optional.of("an alternance needs at least one centre week and one employer week per cycle (got "
                    + centerWeeks + " + " + employerWeeks + ")");
        }
        if (initialCenterWeeks > centerTotal) {
            return Optional.of("an initial block of " + initialCenterWeeks + " centre weeks exceeds the " + centerTotal + " centre weeks of the programme");
        }
        if (centerWeeks > centerTotal || employerWeeks > employerTotal) {
            return Optional.of("a cycle of " + centerWeeks + " centre + " + employerWeeks + " employer weeks exceeds the programme's "
                    + centerTotal + " + " + employerTotal + " weeks");
        }
        return Optional.empty();
    }

    /** The week-by-week sequence; call only when {@link #problemWith} is empty. */
    public List<WeekKind> weeks(int centerTotal, int employerTotal) {
        List<WeekKind> weeks = new ArrayList<>(centerTotal + employerTotal);
        int center = 0, employer = 0;
        for (int i = 0; i < initialCenterWeeks; i++, center++) weeks.add(WeekKind.CENTER);
        boolean employerFirst = initialCenterWeeks > 0;
        while (center < centerTotal || employer < employerTotal) {
            if (!employerFirst) {
                for (int i = 0; i < centerWeeks && center < centerTotal; i++, center++) weeks.add(WeekKind.CENTER);
            }
            for (int i = 0; i < employerWeeks && employer < employerTotal; i++, employer++) weeks.add(WeekKind.EMPLOYER);
            employerFirst = false;
        }
        return weeks;
    }
}
