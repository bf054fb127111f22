package fr.cfa.backoffice.platform.testing.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * What a service publishes and consumes on Kafka: the source of its AsyncAPI document and of the checks
 * of its published records. Built in the service's tests from the producers' events-contract records.
 */
public final class EventCatalogue {
    /** One event type: its CloudEvent type ({@code CandidateAdmitted.v1}), the record of its data, one line on what happened. */
    public record Event(String type, Class<?> data, String summary) {}

    /** A topic the service publishes to, keyed as {@code key}, and who reads it. */
    public record Published(String topic, String description, List<String> consumers, List<Event> events) {}

    /** A topic the service reads, and who writes it. */
    public record Consumed(String topic, String producer, List<Event> events) {}

    private final String service;
    private final String description;
    private final List<Published> published = new ArrayList<>();
    private final List<Consumed> consumed = new ArrayList<>();

    private EventCatalogue(String service, String description) {
        this.service = service;
        this.description = description;
    }

    /** @param service the service's name, also the CloudEvents {@code source} ("/" + service) of what it publishes */
    public static EventCatalogue of(String service, String description) {
        return new EventCatalogue(service, description);
    }

    public static Event event(String type, Class<?> data, String summary) {
        return new Event(type, data, summary);
    }

    public EventCatalogue publishes(String topic, String description, List<String> consumers, Event... events) {
        published.add(new Published(topic, description, List.copyOf(consumers), List.of(events)));
        return this;
    }

    public EventCatalogue consumes(String topic, String producer, Event... events) {
        consumed.add(new Consumed(topic, producer, List.of(events)));
        return this;
    }

    public String service() { return service; }

    public String description() { return description; }

    public List<Published> published() { return List.copyOf(published); }

    public List<Consumed> consumed() { return List.copyOf(consumed); }
}
