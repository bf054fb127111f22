package fr.cfa.backoffice.platform.time;

import java.time.Instant;

/**
 * Fired (synchronously) after simulated time moved the suite clock forward, so what would have run in
 * between runs now: a daily job observes it and catches up on the days it skipped.
 */
public record ClockMoved(Instant from, Instant to) {}
