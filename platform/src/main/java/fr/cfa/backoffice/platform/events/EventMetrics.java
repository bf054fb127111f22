package fr.cfa.backoffice.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/** The backbone's meters, served at /q/metrics (names are prefixed backbone_ there). */
@ApplicationScoped
public class EventMetrics {
    @Inject
    MeterRegistry registry;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingAgeMillis = new AtomicLong();

    @PostConstruct
    void register() {
        Gauge.builder("backbone.outbox.backlog", backlog, AtomicLong::get)
                .description("Events recorded in the outbox and not yet published").register(registry);
        Gauge.builder("backbone.outbox.oldest.pending.age.seconds", oldestPendingAgeMillis, v -> v.get() / 1000.0)
                .description("Age of the oldest unpublished outbox event").register(registry);
    }

    void outboxState(long pending, long oldestAgeMillis) {
        backlog.set(pending);
        oldestPendingAgeMillis.set(oldestAgeMillis);
    }

    void published(String topic, String type) {
        registry.counter("backbone.events.published", "topic", topic, "type", type).increment();
    }

    void publishFailed(String topic) {
        registry.counter("backbone.events.publish.failures", "topic", topic).increment();
    }

    void consumed(String consumer, String type, String outcome) {
        registry.counter("backbone.events.consumed", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }

    void parked(String consumer, String topic) {
        registry.counter("backbone.events.parked", "consumer", consumer, "topic", topic).increment();
    }
}
