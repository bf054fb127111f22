package fr.cfa.backoffice.platform.time;

import fr.cfa.backoffice.platform.problem.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The suite's one clock, in the centre's zone (Europe/Paris): every "now" and "today" of the domain reads it.
 * Real time unless simulated time is on, where it can be moved forward (never back) and then keeps ticking
 * with real time from where it was put, like a payment platform's test clock.
 */
public final class SuiteClock extends Clock {
    public static final ZoneId CENTRE_ZONE = ZoneId.of("Europe/Paris");

    private final Clock realTime;
    private final boolean movable;
    private volatile Duration offset = Duration.ZERO;

    public SuiteClock(Clock realTime, boolean movable) {
        this.realTime = realTime.withZone(CENTRE_ZONE);
        this.movable = movable;
    }

    /** A fixed-start clock for rule tests: starts at {@code start} and moves only when told. */
    public static SuiteClock startingAt(Instant start) {
        return new SuiteClock(Clock.fixed(start, CENTRE_ZONE), true);
    }

    public boolean movable() {
        return movable;
    }

    /**
     * The real time this clock is built on, never moved by simulated time: what guards security (token
     * freshness) reads it, so a sandbox's moved clock cannot make an old or future token acceptable.
     */
    public Clock realTime() {
        return realTime;
    }

    @Override
    public ZoneId getZone() {
        return CENTRE_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(CENTRE_ZONE) ? this : new InZone(this, zone);
    }

    /** Another zone's view of a clock that reads {@code source}'s instant (Clock.offset with zero returns the clock itself). */
    static final class InZone extends Clock {
        private final Clock source;
        private final ZoneId zone;

        InZone(Clock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new InZone(source, other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }

    @Override
    public Instant instant() {
        return realTime.instant().plus(offset);
    }

    /**
     * Moves the clock to {@code target}. Forward only: a domain's history (dated steps, published events) cannot
     * be undone, so moving back is a 409.
     */
    public synchronized Instant moveTo(Instant target) {
        if (!movable) throw new IllegalStateException("the suite clock is real time; simulated time is off");
        Instant now = instant();
        if (target.isBefore(now)) {
            throw new ConflictException("clock-cannot-move-back", "The clock only moves forward: it is " + now.atZone(CENTRE_ZONE).toOffsetDateTime()
                    + ", " + target.atZone(CENTRE_ZONE).toOffsetDateTime() + " is in its past", java.util.Map.of("now", now.atZone(CENTRE_ZONE).toOffsetDateTime().toString()));
        }
        offset = Duration.between(realTime.instant(), target);
        return instant();
    }
}
