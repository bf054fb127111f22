package fr.cfa.backoffice.placement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period of the apprentice's minimum pay: a contract year and an age bracket, at one SMIC or SMC value. */
@Schema(name = "PayPeriod")
public record PayPeriodView(@Schema(examples = "2027-01-11") LocalDate from,
                            @Schema(description = "Included", examples = "2027-06-30") LocalDate to,
                            @Schema(description = "1, 2, 3...", examples = "1") int contractYear,
                            @Schema(description = "UNDER_18, 18_20, 21_25 or 26_AND_OVER", examples = "21_25") String ageBracket,
                            @Schema(description = "Of the base", examples = "53.00") BigDecimal percent,
                            @Schema(description = "SMIC, or the collective agreement's minimum (SMC) from 21 when it is higher", examples = "SMIC") String base,
                            @Schema(description = "Gross euros a month for the contract's weekly hours", examples = "966.21") BigDecimal monthlyGross) {}
