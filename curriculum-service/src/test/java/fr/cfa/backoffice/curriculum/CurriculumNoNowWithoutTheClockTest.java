package fr.cfa.backoffice.curriculum;

import fr.cfa.backoffice.platform.testing.ClockDiscipline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every "now" and "today" of curriculum reads the suite clock, so simulated time moves all of them at once. */
class CurriculumNoNowWithoutTheClockTest {
    @Test
    void curriculum_reads_only_the_suite_clock() throws Exception {
        ClockDiscipline.assertNoNowWithoutTheClock(Path.of("src/main/java"));
    }
}
