package fr.cfa.backoffice.admissions;

import fr.cfa.backoffice.platform.testing.ClockDiscipline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 10: every "now" and "today" of admissions reads the suite clock (simulated time moves them all). */
class AdmissionsNoNowWithoutTheClockTest {
    @Test
    void main_code_reads_no_clock_but_the_suites() throws Exception {
        ClockDiscipline.assertNoNowWithoutTheClock(Path.of("src/main/java"));
    }
}
