package fr.cfa.backoffice.platform.events;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Which events a consumer applies, by name and version. Events of a name it does not handle are
 * ignored (a topic carries several types); a known name with an unknown version is poison.
 */
public final class EventRouter {
    private final Map<String, Map<Integer, Route<?>>> routes = new HashMap<>();

    public static EventRouter create() {
        return new EventRouter();
    }

    /** Applies {@code eventName.v<version>} events: the data is mapped to {@code dataType} strictly. */
    public <T> EventRouter on(String eventName, int version, Class<T> dataType, BiConsumer<EventEnvelope, T> handler) {
        routes.computeIfAbsent(eventName, n -> new TreeMap<>()).put(version, new Route<>(dataType, handler));
        return this;
    }

    /** The route for this event, or null when the consumer does not handle its name. */
    Route<?> routeFor(EventEnvelope envelope) {
        Map<Integer, Route<?>> versions = routes.get(envelope.eventName());
        if (versions == null) return null;
        Route<?> route = versions.get(envelope.version());
        if (route == null) {
            throw new PoisonEventException("unsupported version " + envelope.type() + " (this consumer reads "
                    + envelope.eventName() + " versions " + versions.keySet() + ")");
        }
        return route;
    }

    record Route<T>(Class<T> dataType, BiConsumer<EventEnvelope, T> handler) {
        Object decode(EventEnvelope envelope) {
            return EventCodec.dataAs(envelope, dataType);
        }

        void apply(EventEnvelope envelope, Object data) {
            handler.accept(envelope, dataType.cast(data));
        }
    }
}
