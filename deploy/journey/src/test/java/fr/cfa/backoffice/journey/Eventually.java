package fr.cfa.backoffice.journey;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Waits for what another service learns from an event: reads again through the client until the answer says so, for a
 * bounded time, then fails naming what was awaited and the last answer (or error) seen.
 */
final class Eventually {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 100;

    private Eventually() {}

    static <T> T until(String what, Callable<T> read, Predicate<T> done) {
        long start = System.nanoTime();
        long deadline = start + TIMEOUT.toNanos();
        Object last = "nothing read";
        while (true) {
            try {
                T answer = read.call();
                if (answer != null && done.test(answer)) return answer;
                last = answer;
            } catch (Exception notYet) { // e.g. 404 until the read model has the event
                last = notYet;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + TIMEOUT.toSeconds() + " s: " + what + "; last answer: " + last);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what, e);
            }
        }
    }
}
