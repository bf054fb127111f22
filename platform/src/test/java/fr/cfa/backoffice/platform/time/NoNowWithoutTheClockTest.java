package fr.cfa.backoffice.platform.time;

import fr.cfa.backoffice.platform.testing.ClockDiscipline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NoNowWithoutTheClockTest {
    @Test
    void platform_reads_the_suite_clock_except_where_real_time_is_marked() throws Exception {
        ClockDiscipline.assertNoNowWithoutTheClock(Path.of("src/main/java"));
    }
}
