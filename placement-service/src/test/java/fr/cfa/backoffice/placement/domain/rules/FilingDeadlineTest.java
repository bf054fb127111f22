package fr.cfa.backoffice.placement.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Filed within 5 jours ouvrables after the start (D6224-1): every day counts but Sunday. */
class FilingDeadlineTest {
    final FilingDeadline rule = new FilingDeadline(5);

    @Test
    void aContractStartingOnMondayIsDueOnSaturday() {
        assertEquals(LocalDate.parse("2027-01-16"), rule.dueOn(LocalDate.parse("2027-01-11")));
    }

    @Test
    void theSundayInBetweenDoesNotCount() {
        assertEquals(LocalDate.parse("2027-01-18"), rule.dueOn(LocalDate.parse("2027-01-12"))); // Tuesday → next Monday
        assertEquals(LocalDate.parse("2027-01-22"), rule.dueOn(LocalDate.parse("2027-01-16"))); // Saturday → Friday
    }

    @Test
    void aContractStartingOnSundayIsDueOnFriday() {
        assertEquals(LocalDate.parse("2027-01-22"), rule.dueOn(LocalDate.parse("2027-01-17")));
    }
}
