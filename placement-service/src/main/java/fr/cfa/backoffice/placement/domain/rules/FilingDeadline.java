package fr.cfa.backoffice.placement.domain.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The employer sends the contract to its OPCO, or a public employer to the DDETS via CELIA, at the latest within the
 * jours ouvrables following the start of its execution (Code du travail D6224-1; 5 by default). Jours ouvrables are
 * every day but Sunday; public holidays are not taken off (placement keeps no holiday calendar), which errs early.
 */
public final class FilingDeadline {
    private final int daysAfterStart;

    public FilingDeadline(int daysAfterStart) {
        this.daysAfterStart = daysAfterStart;
    }

    /** The last day the filing is on time. */
    public LocalDate dueOn(LocalDate contractStart) {
        LocalDate day = contractStart;
        int counted = 0;
        while (counted < daysAfterStart) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) counted++;
        }
        return day;
    }
}
