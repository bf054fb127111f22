package fr.cfa.backoffice.placement.domain.rules;

import fr.cfa.backoffice.placement.domain.rules.RuleViolation.Reason;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Either party may end the contract freely during the first 45 days, consecutive or not, of practical training at the
 * employer (Code du travail L6222-18). Our reading, "days actually spent at the employer": the working days (Monday to
 * Friday) of the employer weeks from the contract's start, minus the apprentice's absences at the employer; centre weeks
 * and weekends do not count. Public holidays are not taken off (placement keeps no holiday calendar). The other grounds are
 * accepted at any time here; a resignation's steps are {@link Resignation}'s.
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
     * The days of practical training spent at the employer from {@code contractStart} to {@code day}, both included: the
     * Mondays to Fridays of the employer weeks that are not absences; 0 when {@code day} is before the contract's start.
     *
     * @param employerWeekStarts the Mondays of the weeks spent at the employer, in any order
     * @param absences the days the apprentice was absent from the employer (a date outside the counted days changes nothing)
     */
    public static long employerDays(List<LocalDate> employerWeekStarts, LocalDate contractStart, LocalDate day, Collection<LocalDate> absences) {
        Objects.requireNonNull(contractStart, "contractStart");
        Objects.requireNonNull(day, "day");
        Set<LocalDate> absent = new HashSet<>(absences);
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
            boolean workingDay = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (workingDay && mondays.contains(d.with(DayOfWeek.MONDAY)) && !absent.contains(d)) days++;
        }
        return days;
    }

    /** Whether {@code day} is still within the free days: employer day 45 is, day 46 is not. */
    public boolean withinFreeDays(List<LocalDate> employerWeekStarts, LocalDate contractStart, LocalDate day, Collection<LocalDate> absences) {
        return employerDays(employerWeekStarts, contractStart, day, absences) <= freeDays;
    }

    public Optional<RuleViolation> check(Ground ground, List<LocalDate> employerWeekStarts, LocalDate contractStart,
            LocalDate terminationDate, Collection<LocalDate> absences) {
        Objects.requireNonNull(ground, "ground");
        if (ground != Ground.FREE_DURING_FIRST_45_DAYS) return Optional.empty();
        long reached = employerDays(employerWeekStarts, contractStart, terminationDate, absences);
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
