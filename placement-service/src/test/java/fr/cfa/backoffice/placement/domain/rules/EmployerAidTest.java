package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.domain.rules.EmployerAid.Amount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Employer aid by headcount and diploma level, for contracts concluded from 2026-03-08 and starting before 2027-01-01 (the amounts of migration V6). */
class EmployerAidTest {
    static final LocalDate FROM = LocalDate.parse("2026-03-08");
    static final LocalDate STARTS_BEFORE = LocalDate.parse("2027-01-01");
    static final List<Amount> AMOUNTS = List.of(
            amount(0, 249, 3, 4, 5000), amount(0, 249, 5, 5, 4500), amount(0, 249, 6, 7, 2000),
            amount(250, null, 3, 4, 2000), amount(250, null, 5, 5, 1500), amount(250, null, 6, 7, 750));

    static Amount amount(int minHeadcount, Integer maxHeadcount, int minLevel, int maxLevel, int euros) {
        return new Amount(FROM, null, STARTS_BEFORE, minHeadcount, maxHeadcount, minLevel, maxLevel, BigDecimal.valueOf(euros), "Décret n° 2026-168", "");
    }

    static Optional<BigDecimal> aid(String concluded, String start, int headcount, int level) {
        return EmployerAid.applicable(AMOUNTS, LocalDate.parse(concluded), LocalDate.parse(start), headcount, level).map(Amount::amount);
    }

    @Test
    void under250StaffByLevel() {
        assertEquals(Optional.of(BigDecimal.valueOf(5000)), aid("2026-10-20", "2026-11-02", 42, 4));
        assertEquals(Optional.of(BigDecimal.valueOf(5000)), aid("2026-10-20", "2026-11-02", 249, 3));
        assertEquals(Optional.of(BigDecimal.valueOf(4500)), aid("2026-10-20", "2026-11-02", 249, 5));
        assertEquals(Optional.of(BigDecimal.valueOf(2000)), aid("2026-10-20", "2026-11-02", 0, 6));
        assertEquals(Optional.of(BigDecimal.valueOf(2000)), aid("2026-10-20", "2026-11-02", 0, 7));
    }

    @Test
    void from250StaffByLevel() {
        assertEquals(Optional.of(BigDecimal.valueOf(2000)), aid("2026-10-20", "2026-11-02", 250, 4));
        assertEquals(Optional.of(BigDecimal.valueOf(1500)), aid("2026-10-20", "2026-11-02", 1450, 5));
        assertEquals(Optional.of(BigDecimal.valueOf(750)), aid("2026-10-20", "2026-11-02", 5000, 6));
    }

    @Test
    void onlyContractsConcludedFrom8March2026() {
        assertTrue(aid("2026-03-07", "2026-04-01", 42, 4).isEmpty());
        assertEquals(Optional.of(BigDecimal.valueOf(5000)), aid("2026-03-08", "2026-04-01", 42, 4));
    }

    @Test
    void onlyContractsStartingBefore2027() {
        assertEquals(Optional.of(BigDecimal.valueOf(5000)), aid("2026-12-15", "2026-12-31", 42, 4));
        assertTrue(aid("2026-12-15", "2027-01-01", 42, 4).isEmpty());
    }

    @Test
    void noAmountForALevelTheDecreeDoesNotCover() {
        assertTrue(aid("2026-10-20", "2026-11-02", 42, 2).isEmpty());
    }
}
