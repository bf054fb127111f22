package fr.cfa.backoffice.platform.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NotInTheFutureTest {
    /** 2027-03-01 00:30 in Paris, still 2027-02-28 in UTC. */
    private final SuiteClock clock = SuiteClock.startingAt(OffsetDateTime.parse("2027-02-28T23:30:00Z").toInstant());

    @Test
    void today_in_paris_is_allowed() {
        assertDoesNotThrow(() -> NotInTheFuture.requireNotAfterToday("date", LocalDate.of(2027, 3, 1), clock));
    }

    @Test
    void tomorrow_is_refused_naming_the_field() {
        NotInTheFuture.DateInFutureException refused = assertThrows(NotInTheFuture.DateInFutureException.class,
                () -> NotInTheFuture.requireNotAfterToday("assessedOn", LocalDate.of(2027, 3, 2), clock));
        assertEquals("date-in-future", refused.kind());
        assertEquals("assessedOn", refused.fieldErrors().get(0).field());
    }

    @Test
    void last_week_is_allowed() {
        assertDoesNotThrow(() -> NotInTheFuture.requireNotAfterToday("date", LocalDate.of(2027, 2, 22), clock));
    }

    @Test
    void a_moment_one_minute_ahead_is_refused() {
        assertThrows(NotInTheFuture.DateInFutureException.class,
                () -> NotInTheFuture.requireNotAfterNow("at", OffsetDateTime.parse("2027-03-01T00:31:00+01:00"), clock));
        assertDoesNotThrow(() -> NotInTheFuture.requireNotAfterNow("at", OffsetDateTime.parse("2027-03-01T00:30:00+01:00"), clock));
    }

    @Test
    void a_date_exactly_the_limit_ahead_is_allowed_and_the_day_after_refused() {
        assertDoesNotThrow(() -> NotInTheFuture.requireAtMostDaysAhead("terminatedOn", LocalDate.of(2027, 3, 31), 30, clock));
        assertThrows(NotInTheFuture.DateInFutureException.class,
                () -> NotInTheFuture.requireAtMostDaysAhead("terminatedOn", LocalDate.of(2027, 4, 1), 30, clock));
    }
}
