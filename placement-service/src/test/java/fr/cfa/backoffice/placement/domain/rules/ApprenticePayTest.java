package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.placement.domain.rules.ApprenticePay.Amount;
import fr.cfa.backoffice.placement.domain.rules.ApprenticePay.PayBase;
import fr.cfa.backoffice.placement.domain.rules.ApprenticePay.PayPeriod;
import fr.cfa.backoffice.placement.domain.rules.ApprenticePay.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minimum pay (D6222-26): % of the SMIC, or from 21 of the SMC when higher, by age bracket and contract year; a new bracket
 * from the first day of the month after the birthday (D6222-34), a new year on each anniversary of the start.
 */
class ApprenticePayTest {
    static final LocalDate GRID_FROM = LocalDate.parse("2019-01-01");
    static final List<Rate> GRID = grid();
    static final List<Amount> SMIC_2026 = List.of(new Amount(LocalDate.parse("2026-01-01"), new BigDecimal("1823.03")));

    final ApprenticePay rule = new ApprenticePay(21, BigDecimal.ZERO);

    static List<Rate> grid() {
        int[][] cells = {{0, 27, 39, 55}, {18, 43, 51, 67}, {21, 53, 61, 78}, {26, 100, 100, 100}};
        List<Rate> grid = new ArrayList<>();
        for (int[] row : cells) {
            for (int year = 1; year <= 3; year++) grid.add(new Rate(GRID_FROM, row[0], year, BigDecimal.valueOf(row[year])));
        }
        return grid;
    }

    List<PayPeriod> periods(String birth, String start, String end) {
        return rule.periods(LocalDate.parse(birth), LocalDate.parse(start), LocalDate.parse(end), 35, false, GRID, SMIC_2026, List.of());
    }

    static void assertPeriod(PayPeriod p, String from, String to, int year, int bracket, int percent, PayBase base, String gross) {
        assertEquals(LocalDate.parse(from), p.from(), "from");
        assertEquals(LocalDate.parse(to), p.to(), "to");
        assertEquals(year, p.contractYear(), "contract year");
        assertEquals(bracket, p.ageBracket(), "age bracket");
        assertEquals(0, BigDecimal.valueOf(percent).compareTo(p.percent()), "percent " + p.percent());
        assertEquals(base, p.base(), "base");
        assertEquals(new BigDecimal(gross), p.monthlyGross(), "monthly gross");
    }

    @Test
    void theBracketChangesOnTheFirstOfTheMonthAfterThe18thBirthday() {
        List<PayPeriod> periods = periods("2008-03-15", "2026-01-05", "2026-12-31");
        assertEquals(2, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "2026-01-05", "2026-03-31", 1, 0, 27, PayBase.SMIC, "492.22"); // still 27 % on the birthday and after it in March
        assertPeriod(periods.get(1), "2026-04-01", "2026-12-31", 1, 18, 43, PayBase.SMIC, "783.90");
    }

    @Test
    void aBirthdayOnTheFirstOfAMonthChangesTheBracketOnTheFirstOfTheNextMonth() {
        List<PayPeriod> periods = periods("2005-05-01", "2026-01-05", "2026-12-31"); // 21 on 2026-05-01
        assertEquals(2, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "2026-01-05", "2026-05-31", 1, 18, 43, PayBase.SMIC, "783.90");
        assertPeriod(periods.get(1), "2026-06-01", "2026-12-31", 1, 21, 53, PayBase.SMIC, "966.21");
    }

    @Test
    void aBirthdayOn31DecemberChangesTheBracketOn1January() {
        List<PayPeriod> periods = periods("2000-12-31", "2026-09-01", "2027-08-31"); // 26 on 2026-12-31
        assertEquals(2, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "2026-09-01", "2026-12-31", 1, 21, 53, PayBase.SMIC, "966.21");
        assertPeriod(periods.get(1), "2027-01-01", "2027-08-31", 1, 26, 100, PayBase.SMIC, "1823.03");
    }

    @Test
    void theAgeAtTheStartSetsTheFirstBracketEvenWhenTheBirthdayWasThatMonth() {
        List<PayPeriod> periods = periods("2008-01-02", "2026-01-05", "2026-06-30"); // 18 three days before the start
        assertEquals(1, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "2026-01-05", "2026-06-30", 1, 18, 43, PayBase.SMIC, "783.90");
    }

    @Test
    void theSecondContractYearStartsOnTheFirstAnniversary() {
        List<PayPeriod> periods = periods("2004-01-10", "2026-09-01", "2028-08-31");
        assertEquals(2, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "2026-09-01", "2027-08-31", 1, 21, 53, PayBase.SMIC, "966.21");
        assertPeriod(periods.get(1), "2027-09-01", "2028-08-31", 2, 21, 61, PayBase.SMIC, "1112.05");
    }

    @Test
    void aSmicChangeInTheMiddleOfAPeriodSplitsItOnThatDay() {
        List<Amount> smic = List.of(SMIC_2026.get(0), new Amount(LocalDate.parse("2026-07-01"), new BigDecimal("1850.00")));
        List<PayPeriod> periods = rule.periods(LocalDate.parse("2004-01-10"), LocalDate.parse("2026-03-02"), LocalDate.parse("2026-12-31"), 35, false,
                GRID, smic, List.of());
        assertEquals(2, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "2026-03-02", "2026-06-30", 1, 21, 53, PayBase.SMIC, "966.21");
        assertPeriod(periods.get(1), "2026-07-01", "2026-12-31", 1, 21, 53, PayBase.SMIC, "980.50");
    }

    @Test
    void theSmcIsTheBaseFrom21WhenHigherThanTheSmic() {
        List<Amount> smc = List.of(new Amount(LocalDate.parse("2026-01-01"), new BigDecimal("1900.00")));
        List<PayPeriod> periods = rule.periods(LocalDate.parse("2005-06-10"), LocalDate.parse("2026-01-05"), LocalDate.parse("2026-12-31"), 35, false,
                GRID, SMIC_2026, smc); // 21 on 2026-06-10
        assertEquals(2, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "2026-01-05", "2026-06-30", 1, 18, 43, PayBase.SMIC, "783.90"); // at 20 the SMC does not apply
        assertPeriod(periods.get(1), "2026-07-01", "2026-12-31", 1, 21, 53, PayBase.SMC, "1007.00");
        assertEquals(new BigDecimal("1900.00"), periods.get(1).baseMonthlyFor35Hours());
    }

    @Test
    void anSmcBelowTheSmicIsIgnored() {
        List<Amount> smc = List.of(new Amount(LocalDate.parse("2026-01-01"), new BigDecimal("1800.00")));
        List<PayPeriod> periods = rule.periods(LocalDate.parse("2003-02-10"), LocalDate.parse("2026-01-05"), LocalDate.parse("2026-06-30"), 35, false,
                GRID, SMIC_2026, smc);
        assertEquals(1, periods.size(), periods.toString());
        assertPeriod(periods.get(0), "2026-01-05", "2026-06-30", 1, 21, 53, PayBase.SMIC, "966.21");
    }

    @Test
    void theMonthlyGrossFollowsTheWeeklyHours() {
        List<PayPeriod> periods = rule.periods(LocalDate.parse("2004-01-10"), LocalDate.parse("2026-03-02"), LocalDate.parse("2026-12-31"), 24, false,
                GRID, SMIC_2026, List.of());
        assertEquals(new BigDecimal("662.54"), periods.get(0).monthlyGross()); // 53 % × 1823.03 × 24 / 35
    }

    @Test
    void aPublicEmployerAddsItsConfiguredPointsUpTo100() {
        ApprenticePay withPoints = new ApprenticePay(21, BigDecimal.TEN);
        assertEquals(0, new BigDecimal("63").compareTo(withPoints.periods(LocalDate.parse("2004-01-10"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-12-31"), 35, true, GRID, SMIC_2026, List.of()).get(0).percent()));
        assertEquals(0, new BigDecimal("53").compareTo(withPoints.periods(LocalDate.parse("2004-01-10"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-12-31"), 35, false, GRID, SMIC_2026, List.of()).get(0).percent()), "a private employer adds none");
        assertEquals(0, new BigDecimal("100").compareTo(withPoints.periods(LocalDate.parse("1990-01-10"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-12-31"), 35, true, GRID, SMIC_2026, List.of()).get(0).percent()));
    }

    @Test
    void noSmicKnownForAPeriodLeavesItsFigureEmpty() {
        List<PayPeriod> periods = periods("2004-01-10", "2025-09-01", "2026-03-31");
        assertEquals(2, periods.size(), periods.toString());
        assertEquals(null, periods.get(0).monthlyGross());
        assertPeriod(periods.get(1), "2026-01-01", "2026-03-31", 1, 21, 53, PayBase.SMIC, "966.21");
    }
}
