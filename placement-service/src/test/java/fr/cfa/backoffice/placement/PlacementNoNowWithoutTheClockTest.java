package fr.cfa.backoffice.placement;

import fr.cfa.backoffice.platform.testing.ClockDiscipline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Placement's "now" and "today" come from the suite clock, so simulated time moves them all. */
class PlacementNoNowWithoutTheClockTest {
    @Test
    void placement_reads_only_the_suite_clock() throws Exception {
        ClockDiscipline.assertNoNowWithoutTheClock(Path.of("src/main/java"));
    }
}
