package fr.cfa.backoffice.placement.api;

import fr.cfa.backoffice.placement.domain.rules.ApprenticePay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The apprentice's minimum gross pay, period by period, from the contract's start to its end. */
@Schema(name = "Remuneration", description = "The legal minimum gross pay of the apprentice, period by period (Code du travail D6222-26): "
        + "a percentage of the SMIC, or from 21 of the collective agreement's minimum (SMC) when higher, by age bracket and contract year. "
        + "The employer may pay more.")
public record RemunerationView(@Schema(examples = Examples.CONTRACT_ID) UUID contractId,
                               @Schema(examples = "2026-11-02") LocalDate startDate,
                               @Schema(examples = "2027-06-30") LocalDate endDate,
                               @Schema(examples = "35") int weeklyHours,
                               @Schema(nullable = true, description = "The first period's monthly gross: the form's starting pay", examples = "966.21")
                               BigDecimal startingMonthlyGross,
                               @Schema(description = "In order, from the start to the end; a new one at each anniversary of the start, on the first "
                                       + "day of the month after the birthday that changes the age bracket, and when the SMIC or SMC changes")
                               List<Period> periods) {

    @Schema(name = "PayPeriod")
    public record Period(@Schema(examples = "2026-11-02") LocalDate from,
                         @Schema(examples = "2027-03-31") LocalDate to,
                         @Schema(description = "1 for the first year from the start, 2 from its first anniversary...", examples = "1") int contractYear,
                         @Schema(description = "The age bracket's lower bound: 0 (under 18), 18, 21 or 26", examples = "21") int ageFrom,
                         @Schema(nullable = true, description = "The bracket's upper bound; null for the last one", examples = "25") Integer ageTo,
                         @Schema(description = "Percentage of the base", examples = "53") BigDecimal percent,
                         @Schema(examples = "SMIC") ApprenticePay.PayBase base,
                         @Schema(nullable = true, description = "The base's monthly amount for 35 hours a week; null when none is known for the period",
                                 examples = "1823.03") BigDecimal baseMonthlyFor35Hours,
                         @Schema(nullable = true, description = "Minimum monthly gross for the contract's weekly hours, in euros", examples = "966.21")
                         BigDecimal monthlyGross) {}
}
