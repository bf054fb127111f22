package fr.cfa.backoffice.platform.testing;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * The inbox's own account of what it did with each consumed event ({@code backbone.events.consumed} by outcome), read
 * in the test's JVM: "applied once" is proved by waiting until the second copy is counted as a duplicate, then
 * checking an effect that a second application would have changed.
 */
public final class InboxCounters {
    private InboxCounters() {}

    /** Copies of {@code type} (e.g. {@code CohortScheduled.v1}) that {@code consumer} recognised as already applied. */
    public static double duplicates(String consumer, String type) {
        return count(consumer, type, "duplicate");
    }

    public static double applied(String consumer, String type) {
        return count(consumer, type, "applied");
    }

    /** Waits until {@code consumer} has counted {@code expected} duplicates of {@code type} in all. */
    public static void awaitDuplicates(String consumer, String type, double expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> duplicates(consumer, type) >= expected);
    }

    private static double count(String consumer, String type, String outcome) {
        MeterRegistry registry = Arc.container().instance(MeterRegistry.class).get();
        var counter = registry.find("backbone.events.consumed").tags("consumer", consumer, "type", type, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
