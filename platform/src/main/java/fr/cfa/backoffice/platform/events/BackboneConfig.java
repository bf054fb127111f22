package fr.cfa.backoffice.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Tuning of the event backbone; defaults suit production, tests shorten the Kafka timeouts. */
@ConfigMapping(prefix = "backbone")
public interface BackboneConfig {
    Outbox outbox();

    Consumer consumer();

    /**
     * Topics this service owns and whose retention it sets at start (created when missing), keyed by
     * topic name, e.g. {@code backbone.topics."admissions.applications".retention=P21D}. Topics that carry
     * personal data must be listed: Kafka cannot erase one person's records, so their lifetime is bounded.
     */
    Map<String, Topic> topics();

    /**
     * Whether this service creates its topics and sets their retention at start ({@link TopicRetention}). Off where an
     * operator owns the topics (Strimzi's KafkaTopic objects in deploy/k8s): the service then needs no right to change them.
     */
    @WithDefault("true")
    boolean manageTopics();

    /** Retention of this service's dead-letter topic: parked records are copies of events, personal data included. */
    @WithDefault("P21D")
    Duration deadLetterRetention();

    interface Topic {
        /** How long records are kept (Kafka's retention.ms). */
        Duration retention();

        /** How often a new segment is rolled (segment.ms): a record is deleted at most this long after its retention. */
        @WithDefault("P1D")
        Duration segment();
    }

    interface Outbox {
        /** Whether this instance runs the relay that publishes the outbox to Kafka. */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for pending events when nothing wakes it up. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** First wait after a failed publication; doubles up to {@link #maxBackoff()}. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration maxBackoff();

        /** How long published events are kept (for audit and replay) before being removed. */
        @WithDefault("P7D")
        Duration retention();

        /** Producer's delivery.timeout.ms: how long one attempt may wait for Kafka's acknowledgement. */
        @WithDefault("30s")
        Duration deliveryTimeout();

        /** Producer's max.block.ms: how long a send may wait for metadata while Kafka is down. */
        @WithDefault("5s")
        Duration maxBlock();
    }

    interface Consumer {
        /** Attempts at applying an event that fails for a transient reason before it is parked. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("500ms")
        Duration retryBackoff();
    }
}
