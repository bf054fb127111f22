package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Either party may end the contract freely during the first 45 days, consecutive or not, of practical training at the
 * employer (Code du travail L6222-18). Days at the centre do not count: only the calendar days, from the contract's
 * start, of the weeks spent at the employer (Monday to Sunday). The other grounds are accepted at any time; their own
 * conditions (procedure, medical opinion, mediator...) are not checked here.
 */
public final class FreeTermination {

    public enum Ground {
        FREE_DURING_FIRST_45_DAYS,
        MUTUAL_AGREEMENT,
        SERIOUS_MISCONDUCT,
        INAPTITUDE,
        FORCE_MAJEURE,
        EXCLUSION_FROM_CFA,
        APPRENTICE_RESIGNATION
    }

    private final int freeDays;

    public FreeTermination(int freeDays) {
        this.freeDays = freeDays;
    }

    /**
     * The number of calendar days from {@code contractStart} to {@code day}, both included, that fall in an employer
     * week; 0 when {@code day} is before the contract's start.
     *
     * @param employerWeekStarts the Mondays of the weeks spent at the employer, in any order
     */
    public static long employerDays(List<LocalDate> employerWeekStarts, LocalDate contractStart, LocalDate day) {
        Objects.requireNonNull(contractStart, "contractStart");
        Objects.requireNonNull(day, "day");
        Set<LocalDate> mondays = new HashSet<>();
        for (LocalDate monday : employerWeekStarts) {
            if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new IllegalArgumentException("An employer week starts on a Monday, not on " + monday
                        + " (" + monday.getDayOfWeek() + ")");
            }
            mondays.add(monday);
        }
        long days = 0;
        for (LocalDate d = contractStart; !d.isAfter(day); d = d.plusDays(1)) {
            if (mondays.contains(d.with(DayOfWeek.MONDAY))) days++;
        }
        return days;
    }

    public Optional<RuleViolation> check(Ground ground, List<LocalDate> employerWeekStarts, LocalDate contractStart,
            LocalDate terminationDate) {
        Objects.requireNonNull(ground, "ground");
        if (ground != Ground.FREE_DURING_FIRST_45_DAYS) return Optional.empty();
        long reached = employerDays(employerWeekStarts, contractStart, terminationDate);
        if (reached <= freeDays) return Optional.empty();
        String stillPossible = Arrays.stream(Ground.values())
                .filter(g -> g != Ground.FREE_DURING_FIRST_45_DAYS)
                .map(Ground::name)
                .collect(Collectors.joining(", "));
        return Optional.of(new RuleViolation(Reason.TERMINATION_NOT_ALLOWED, "On " + terminationDate
                + " the apprentice has reached employer day " + reached + "; free termination ends after day " + freeDays
                + ". Still possible: " + stillPossible));
    }
}
