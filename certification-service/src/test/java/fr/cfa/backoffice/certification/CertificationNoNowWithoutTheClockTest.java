package fr.cfa.backoffice.certification;

import fr.cfa.backoffice.platform.testing.ClockDiscipline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every "now" and "today" of certification reads the suite's clock, so simulated time moves all of them together. */
class CertificationNoNowWithoutTheClockTest {
    @Test
    void main_code_reads_no_now_without_the_suite_clock() throws Exception {
        ClockDiscipline.assertNoNowWithoutTheClock(Path.of("src/main/java"));
    }
}
