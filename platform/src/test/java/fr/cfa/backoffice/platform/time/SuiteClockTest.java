package fr.cfa.backoffice.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.problem.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SuiteClockTest {
    private static final Instant WINTER_EVENING = OffsetDateTime.parse("2026-12-31T23:30:00Z").toInstant();

    @Test
    void today_is_the_centres_day_in_europe_paris_not_utc() {
        SuiteClock clock = SuiteClock.startingAt(WINTER_EVENING);
        assertEquals(ZoneId.of("Europe/Paris"), clock.getZone());
        assertEquals(LocalDate.of(2027, 1, 1), LocalDate.now(clock), "23:30 UTC is 00:30 in Paris");
    }

    @Test
    void simulated_time_moves_forward_to_the_given_instant() {
        SuiteClock clock = SuiteClock.startingAt(WINTER_EVENING);
        Instant target = OffsetDateTime.parse("2027-03-01T09:00:00+01:00").toInstant();
        assertEquals(target, clock.moveTo(target));
        assertEquals(target, clock.instant());
    }

    @Test
    void moving_the_clock_back_is_a_conflict_and_changes_nothing() {
        SuiteClock clock = SuiteClock.startingAt(WINTER_EVENING);
        ConflictException refused = assertThrows(ConflictException.class, () -> clock.moveTo(WINTER_EVENING.minusSeconds(1)));
        assertTrue(refused.getMessage().contains("only moves forward"));
        assertEquals(WINTER_EVENING, clock.instant());
    }

    @Test
    void between_two_moves_the_clock_ticks_with_real_time() throws Exception {
        SuiteClock clock = new SuiteClock(Clock.systemUTC(), true);
        Instant target = Instant.parse("2030-01-01T00:00:00Z");
        clock.moveTo(target);
        Thread.sleep(20);
        Duration elapsed = Duration.between(target, clock.instant());
        assertTrue(!elapsed.isNegative() && elapsed.compareTo(Duration.ofSeconds(5)) < 0, "ticked " + elapsed);
    }

    @Test
    void another_zones_view_reads_the_same_instant() {
        SuiteClock clock = SuiteClock.startingAt(WINTER_EVENING);
        Clock utc = clock.withZone(java.time.ZoneOffset.UTC);
        assertEquals(WINTER_EVENING, utc.instant());
        assertEquals(LocalDate.of(2026, 12, 31), LocalDate.now(utc));
        assertEquals(clock, clock.withZone(ZoneId.of("Europe/Paris")));
    }

    @Test
    void its_real_time_is_not_moved_by_simulated_time() {
        SuiteClock clock = new SuiteClock(Clock.systemUTC(), true);
        clock.moveTo(Instant.parse("2030-01-01T00:00:00Z"));
        Duration fromSystem = Duration.between(Instant.now(), clock.realTime().instant()).abs();
        assertTrue(fromSystem.compareTo(Duration.ofSeconds(5)) < 0, "real time off by " + fromSystem);
    }

    @Test
    void real_time_cannot_be_moved() {
        SuiteClock clock = new SuiteClock(Clock.systemUTC(), false);
        assertThrows(IllegalStateException.class, () -> clock.moveTo(Instant.parse("2030-01-01T00:00:00Z")));
    }
}
