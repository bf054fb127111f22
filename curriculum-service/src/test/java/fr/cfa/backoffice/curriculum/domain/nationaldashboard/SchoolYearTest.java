package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The school year runs from 1 September to 31 August (OBLIGATIONS.md §1). */
class SchoolYearTest {
    @Test
    void the_school_year_starts_on_1_september_and_ends_on_31_august() {
        assertEquals("2025-2026", SchoolYear.of(LocalDate.parse("2026-08-31")).toString());
        assertEquals("2026-2027", SchoolYear.of(LocalDate.parse("2026-09-01")).toString());
        assertEquals("2026-2027", SchoolYear.of(LocalDate.parse("2027-01-04")).toString(), "a cohort starting 2027-01-04 belongs to 2026-2027");
    }

    @Test
    void a_school_year_parameter_is_two_consecutive_years() {
        assertEquals(LocalDate.parse("2026-09-01"), SchoolYear.parse("2026-2027", "schoolYear").firstDay());
        assertEquals(LocalDate.parse("2027-08-31"), SchoolYear.parse("2026-2027", "schoolYear").lastDay());
        assertThrows(InvalidParameterException.class, () -> SchoolYear.parse("2026-2028", "schoolYear"));
        assertThrows(InvalidParameterException.class, () -> SchoolYear.parse("2026", "schoolYear"));
    }
}
