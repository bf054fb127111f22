package fr.cfa.backoffice.placement.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The aid an employer may claim for the contract's first year, from dated amounts by headcount and diploma level, as the
 * decree in force when the contract was concluded sets them (Code du travail L6243-1; the exceptional aid's yearly decree).
 * The amount for an apprentice with RQTH is never used here: it would reveal the status outside admissions.
 */
public final class EmployerAid {

    /**
     * One amount: for contracts concluded from {@code concludedFrom} (until {@code concludedUntil} if set) and starting
     * before {@code startsBefore} (if set), for employers of {@code minHeadcount} to {@code maxHeadcount} staff (no upper
     * bound if null) and a diploma level from {@code minLevel} to {@code maxLevel}.
     */
    public record Amount(LocalDate concludedFrom, LocalDate concludedUntil, LocalDate startsBefore, int minHeadcount, Integer maxHeadcount,
                         int minLevel, int maxLevel, BigDecimal amount, String decree, String conditions) {}

    /** The amount that applies, if any. */
    public static Optional<Amount> applicable(List<Amount> amounts, LocalDate concludedOn, LocalDate start, int headcount, int level) {
        Objects.requireNonNull(concludedOn, "concludedOn");
        Objects.requireNonNull(start, "start");
        return amounts.stream()
                .filter(a -> !concludedOn.isBefore(a.concludedFrom()))
                .filter(a -> a.concludedUntil() == null || !concludedOn.isAfter(a.concludedUntil()))
                .filter(a -> a.startsBefore() == null || start.isBefore(a.startsBefore()))
                .filter(a -> headcount >= a.minHeadcount() && (a.maxHeadcount() == null || headcount <= a.maxHeadcount()))
                .filter(a -> level >= a.minLevel() && level <= a.maxLevel())
                .findFirst();
    }
}
