package fr.cfa.backoffice.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels on every topic.
 * {@code type} is {@code <EventName>.v<version>}, e.g. {@code CohortScheduled.v1}; {@code subject}
 * is the aggregate id, also used as the Kafka key so one aggregate's events stay in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** The event name without its version: {@code CohortScheduled}. */
    public String eventName() {
        int dot = type.lastIndexOf(".v");
        return dot < 0 ? type : type.substring(0, dot);
    }

    /** The version of the type, or -1 when the type carries none. */
    public int version() {
        int dot = type.lastIndexOf(".v");
        if (dot < 0) return -1;
        try {
            return Integer.parseInt(type.substring(dot + 2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static String typeOf(String eventName, int version) {
        return eventName + ".v" + version;
    }
}
