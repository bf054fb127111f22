package fr.cfa.backoffice.platform.testing.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;

/**
 * The AsyncAPI 3.0 document of a service, built from its {@link EventCatalogue}: one channel per topic,
 * one message per event type (a CloudEvents 1.0 envelope in structured mode whose {@code data} is the
 * type's schema, keyed by the aggregate id), a send operation per published topic (with its consumers) and
 * a receive operation per consumed topic (with its producer). Schemas are inline so that a reader of the
 * document, or a validator, needs nothing else.
 */
public final class AsyncApiDocument {
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String CLOUDEVENTS = "application/cloudevents+json";

    private AsyncApiDocument() {}

    public static String yaml(EventCatalogue catalogue, String version) {
        try {
            return YAML.writeValueAsString(build(catalogue, version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode build(EventCatalogue catalogue, String version) {
        ObjectNode doc = F.objectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", catalogue.service() + " events");
        info.put("version", version);
        info.put("description", catalogue.description()
                + "\n\nEvery message is a CloudEvents 1.0 event in structured JSON mode, keyed by its subject (the aggregate id) so that "
                + "one aggregate's events stay in order. An event is published if and only if the change that caused it committed "
                + "(transactional outbox). Consumers must apply each event once in effect (events may arrive twice) and tolerate "
                + "fields they do not know. Types are versioned (<Name>.v<n>): a breaking change is a new version, published alongside.");
        info.putObject("license").put("name", "Proprietary");
        doc.put("defaultContentType", CLOUDEVENTS);
        ObjectNode servers = doc.putObject("servers");
        servers.putObject("local").put("host", "127.0.0.1:19092").put("protocol", "kafka")
                .put("description", "Local stack broker (deploy/local); in production, the centre's Kafka cluster");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = F.objectNode();

        for (EventCatalogue.Published topic : catalogue.published()) {
            String channelId = channelId(topic.topic());
            ObjectNode channel = channel(channels, channelId, topic.topic(), topic.description(), topic.events(), catalogue.service(), messages);
            channel.putArray("x-consumers").addAll(strings(topic.consumers()));
            ObjectNode op = operations.putObject("publish" + camel(topic.topic()));
            op.put("action", "send");
            op.putObject("channel").put("$ref", "#/channels/" + channelId);
            op.put("summary", catalogue.service() + " publishes to " + topic.topic());
            op.put("description", "Read by: " + String.join(", ", topic.consumers()) + ".");
            messageRefs(op, channelId, topic.events());
        }
        for (EventCatalogue.Consumed topic : catalogue.consumed()) {
            String channelId = channelId(topic.topic());
            channel(channels, channelId, topic.topic(), "Published by " + topic.producer() + "; the types " + catalogue.service() + " reads.",
                    topic.events(), "/" + topic.producer(), messages);
            channels.with(channelId).put("x-producer", topic.producer());
            ObjectNode op = operations.putObject("consume" + camel(topic.topic()));
            op.put("action", "receive");
            op.putObject("channel").put("$ref", "#/channels/" + channelId);
            op.put("summary", catalogue.service() + " reads " + topic.topic());
            op.put("description", "Published by " + topic.producer() + ". Each event is applied once in effect (inbox); an event that "
                    + "cannot be processed is parked on " + catalogue.service() + ".dlq with the reason in its dead-letter-reason header.");
            messageRefs(op, channelId, topic.events());
        }
        doc.putObject("components").set("messages", messages);
        return doc;
    }

    private static ObjectNode channel(ObjectNode channels, String id, String topic, String description, List<EventCatalogue.Event> events,
                                      String producer, ObjectNode messages) {
        ObjectNode channel = channels.putObject(id);
        channel.put("address", topic);
        channel.put("description", description);
        ObjectNode refs = channel.putObject("messages");
        String source = producer.startsWith("/") ? producer : "/" + producer;
        for (EventCatalogue.Event event : events) {
            refs.putObject(event.type()).put("$ref", "#/components/messages/" + event.type());
            if (!messages.has(event.type())) messages.set(event.type(), message(event, source));
        }
        return channel;
    }

    private static void messageRefs(ObjectNode op, String channelId, List<EventCatalogue.Event> events) {
        ArrayNode refs = op.putArray("messages");
        events.forEach(e -> refs.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + e.type()));
    }

    private static ObjectNode message(EventCatalogue.Event event, String source) {
        ObjectNode m = F.objectNode();
        m.put("name", event.type());
        m.put("title", event.type());
        m.put("summary", event.summary());
        m.put("contentType", CLOUDEVENTS);
        ObjectNode key = m.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string").put("format", "uuid").put("description", "The aggregate id, equal to the event's subject");
        key.put("bindingVersion", "0.5.0");
        m.set("payload", envelope(event, source));
        return m;
    }

    /** The CloudEvents envelope of one type; also what {@link PublishedEvents} validates records against. */
    public static ObjectNode envelope(EventCatalogue.Event event, String source) {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        s.putArray("required").addAll(strings(List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data")));
        ObjectNode p = s.putObject("properties");
        p.putObject("specversion").put("type", "string").put("const", "1.0");
        p.putObject("id").put("type", "string").put("format", "uuid").put("description", "Unique per event: consumers deduplicate on it");
        p.putObject("source").put("type", "string").put("const", source);
        p.putObject("type").put("type", "string").put("const", event.type());
        p.putObject("subject").put("type", "string").put("format", "uuid").put("description", "The aggregate id, also the record key");
        p.putObject("time").put("type", "string").put("format", "date-time").put("description", "When it happened, suite clock (Europe/Paris offset)");
        p.putObject("datacontenttype").put("type", "string").put("const", "application/json");
        p.set("data", EventSchemas.of(event.data()));
        return s;
    }

    static String channelId(String topic) {
        return topic;
    }

    private static String camel(String topic) {
        StringBuilder b = new StringBuilder();
        for (String part : topic.split("[.\\-_]")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }

    public static JsonNode read(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a YAML document: " + e.getMessage(), e);
        }
    }
}
