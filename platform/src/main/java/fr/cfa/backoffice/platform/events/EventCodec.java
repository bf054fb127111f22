package fr.cfa.backoffice.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.ConstructorDetector;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes envelopes and their data. Strict on input: an event whose envelope or data does
 * not have the expected shape is a {@link PoisonEventException} with a reason an operator can act on.
 */
public final class EventCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // newer producers may add fields
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setConstructorDetector(ConstructorDetector.USE_PROPERTIES_BASED);

    private EventCodec() {}

    public static String write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (Exception e) {
            throw new IllegalArgumentException("Event cannot be serialised: " + e.getMessage(), e);
        }
    }

    public static JsonNode toTree(Object data) {
        return MAPPER.valueToTree(data);
    }

    /** Parses a record value into an envelope, or says why it is poison. */
    public static EventEnvelope read(String json) {
        if (json == null || json.isBlank()) throw new PoisonEventException("empty event");
        EventEnvelope envelope;
        try {
            envelope = MAPPER.readValue(json, EventEnvelope.class);
        } catch (Exception e) {
            throw new PoisonEventException("not a CloudEvents JSON envelope: " + firstLine(e.getMessage()));
        }
        List<String> missing = new ArrayList<>();
        if (!EventEnvelope.SPEC_VERSION.equals(envelope.specversion())) missing.add("specversion=1.0");
        if (blank(envelope.id())) missing.add("id");
        if (blank(envelope.source())) missing.add("source");
        if (blank(envelope.type())) missing.add("type");
        if (envelope.data() == null || envelope.data().isNull()) missing.add("data");
        if (!missing.isEmpty()) throw new PoisonEventException("envelope lacks " + String.join(", ", missing));
        if (envelope.version() < 1) throw new PoisonEventException("type '" + envelope.type() + "' carries no version (expected Name.vN)");
        return envelope;
    }

    /** Maps the data to the event's record, requiring every component that is not nullable by design. */
    public static <T> T dataAs(EventEnvelope envelope, Class<T> type) {
        T value;
        try {
            value = MAPPER.treeToValue(envelope.data(), type);
        } catch (Exception e) {
            throw new PoisonEventException(envelope.type() + " data does not match its schema: " + firstLine(e.getMessage()));
        }
        if (type.isRecord()) {
            List<String> missing = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(Optional.class)) continue;
                try {
                    java.lang.reflect.Method accessor = component.getAccessor();
                    accessor.trySetAccessible(); // event records may be package-private
                    if (accessor.invoke(value) == null) missing.add(component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!missing.isEmpty()) {
                throw new PoisonEventException(envelope.type() + " data lacks required fields " + missing);
            }
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline);
    }

    /** Marks an event data field that may be absent or null. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.RECORD_COMPONENT)
    public @interface Optional {}
}
