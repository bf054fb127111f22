package fr.cfa.backoffice.placement.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An apprentice's minimum pay, period by period: a percentage of the SMIC, or from 21 of the branch minimum (SMC) when
 * higher, by age bracket and contract year (Code du travail D6222-26; new bracket from the first day of the month after
 * the birthday, D6222-34; new year on each anniversary of the start). The grid, SMIC and SMC are dated reference data.
 */
public final class ApprenticePay {

    /** The SMIC, or the collective agreement's minimum. */
    /** The SMIC, or the collective agreement's minimum. */
    public enum PayBase { SMIC, SMC }

    /** One cell of the grid: from {@code validFrom}, apprentices aged {@code minAge} or more in contract year {@code contractYear}. */
    public record Rate(LocalDate validFrom, int minAge, int contractYear, BigDecimal percent) {}

    /** A monthly amount for 35 hours a week, from a date: a SMIC value, or a branch's SMC. */
    public record Amount(LocalDate validFrom, BigDecimal monthlyFor35Hours) {}

    /**
     * One pay period: the bracket from {@code ageBracket} to {@code ageBracketTo} (null for the last one). {@code monthlyGross}
     * is null when no SMIC value is known for its start.
     */
    public record PayPeriod(LocalDate from, LocalDate to, int contractYear, int ageBracket, Integer ageBracketTo, BigDecimal percent,
                            PayBase base, BigDecimal baseMonthlyFor35Hours, BigDecimal monthlyGross) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FULL_TIME_HOURS = BigDecimal.valueOf(35);

    private final int smcFromAge;
    private final BigDecimal publicEmployerExtraPoints;

    /**
     * @param smcFromAge the age from which the SMC replaces the SMIC when higher (21)
     * @param publicEmployerExtraPoints points a public employer adds to the grid's percentage (0 unless the centre decides otherwise)
     */
    public ApprenticePay(int smcFromAge, BigDecimal publicEmployerExtraPoints) {
        this.smcFromAge = smcFromAge;
        this.publicEmployerExtraPoints = Objects.requireNonNull(publicEmployerExtraPoints, "publicEmployerExtraPoints");
    }

    /**
     * The periods from {@code start} to {@code end}, both included, in order. A period ends where the contract year, the
     * age bracket, the grid, the SMIC or the SMC changes; two neighbours with the same figures are one period.
     *
     * @param smc the branch minimum of the employer's collective agreement, empty when it has none
     */
    public List<PayPeriod> periods(LocalDate birthDate, LocalDate start, LocalDate end, int weeklyHours, boolean publicEmployer,
            List<Rate> grid, List<Amount> smic, List<Amount> smc) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) throw new IllegalArgumentException("The contract ends (" + end + ") before it starts (" + start + ")");
        if (grid.isEmpty()) throw new IllegalArgumentException("The pay grid is empty");

        TreeSet<LocalDate> changes = new TreeSet<>();
        for (LocalDate anniversary = start.plusYears(1); !anniversary.isAfter(end); anniversary = anniversary.plusYears(1)) {
            changes.add(anniversary);
        }
        int ageAtStart = Period.between(birthDate, start).getYears();
        for (int bracket : brackets(grid)) {
            if (bracket <= ageAtStart) continue;
            changes.add(bracketFrom(birthDate, bracket));
        }
        grid.forEach(r -> changes.add(r.validFrom()));
        smic.forEach(a -> changes.add(a.validFrom()));
        smc.forEach(a -> changes.add(a.validFrom()));
        changes.removeIf(d -> !d.isAfter(start) || d.isAfter(end));

        List<PayPeriod> periods = new ArrayList<>();
        LocalDate from = start;
        for (LocalDate next : changes) {
            add(periods, period(from, next.minusDays(1), birthDate, start, ageAtStart, weeklyHours, publicEmployer, grid, smic, smc));
            from = next;
        }
        add(periods, period(from, end, birthDate, start, ageAtStart, weeklyHours, publicEmployer, grid, smic, smc));
        return List.copyOf(periods);
    }

    /** The day a bracket starting at {@code age} applies: the first day of the month after that birthday. */
    public static LocalDate bracketFrom(LocalDate birthDate, int age) {
        return birthDate.plusYears(age).withDayOfMonth(1).plusMonths(1);
    }

    private PayPeriod period(LocalDate from, LocalDate to, LocalDate birthDate, LocalDate start, int ageAtStart, int weeklyHours,
            boolean publicEmployer, List<Rate> grid, List<Amount> smic, List<Amount> smc) {
        int contractYear = Period.between(start, from).getYears() + 1;
        int bracket = bracketOn(from, birthDate, ageAtStart, grid);
        List<Rate> cells = grid.stream().filter(r -> !r.validFrom().isAfter(from)).toList();
        if (cells.isEmpty()) throw new IllegalArgumentException("No pay grid is valid on " + from);
        LocalDate gridDate = cells.stream().map(Rate::validFrom).max(Comparator.naturalOrder()).orElseThrow();
        int lastYear = cells.stream().filter(r -> r.validFrom().equals(gridDate)).mapToInt(Rate::contractYear).max().orElseThrow();
        int year = Math.min(contractYear, lastYear);
        BigDecimal percent = cells.stream()
                .filter(r -> r.validFrom().equals(gridDate) && r.minAge() == bracket && r.contractYear() == year)
                .map(Rate::percent).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The pay grid of " + gridDate + " has no cell for age " + bracket + ", year " + year));
        if (publicEmployer) percent = percent.add(publicEmployerExtraPoints).min(HUNDRED);

        Optional<BigDecimal> smicAmount = valueOn(smic, from);
        Optional<BigDecimal> smcAmount = bracket >= smcFromAge ? valueOn(smc, from) : Optional.empty();
        PayBase base = PayBase.SMIC;
        BigDecimal baseAmount = smicAmount.orElse(null);
        if (smcAmount.isPresent() && (baseAmount == null || smcAmount.get().compareTo(baseAmount) > 0)) {
            base = PayBase.SMC;
            baseAmount = smcAmount.get();
        }
        BigDecimal gross = baseAmount == null ? null
                : baseAmount.multiply(percent).multiply(BigDecimal.valueOf(weeklyHours))
                        .divide(HUNDRED.multiply(FULL_TIME_HOURS), 2, RoundingMode.HALF_UP);
        Integer next = brackets(grid).higher(bracket);
        return new PayPeriod(from, to, contractYear, bracket, next == null ? null : next - 1, percent, base, baseAmount, gross);
    }

    /** The bracket at the start is the apprentice's age then; later ones apply from the month after the birthday. */
    private static int bracketOn(LocalDate day, LocalDate birthDate, int ageAtStart, List<Rate> grid) {
        int bracket = 0;
        for (int b : brackets(grid)) {
            if (b <= ageAtStart || !bracketFrom(birthDate, b).isAfter(day)) bracket = Math.max(bracket, b);
        }
        return bracket;
    }

    private static TreeSet<Integer> brackets(List<Rate> grid) {
        TreeSet<Integer> brackets = new TreeSet<>();
        grid.forEach(r -> brackets.add(r.minAge()));
        return brackets;
    }

    private static Optional<BigDecimal> valueOn(List<Amount> amounts, LocalDate day) {
        return amounts.stream().filter(a -> !a.validFrom().isAfter(day)).max(Comparator.comparing(Amount::validFrom))
                .map(Amount::monthlyFor35Hours);
    }

    private static void add(List<PayPeriod> periods, PayPeriod p) {
        if (!periods.isEmpty()) {
            PayPeriod last = periods.get(periods.size() - 1);
            if (last.contractYear() == p.contractYear() && last.ageBracket() == p.ageBracket() && last.percent().compareTo(p.percent()) == 0
                    && last.base() == p.base() && Objects.equals(last.monthlyGross(), p.monthlyGross())) {
                periods.set(periods.size() - 1, new PayPeriod(last.from(), p.to(), last.contractYear(), last.ageBracket(), last.ageBracketTo(),
                        last.percent(), last.base(), last.baseMonthlyFor35Hours(), last.monthlyGross()));
                return;
            }
        }
        periods.add(p);
    }
}
