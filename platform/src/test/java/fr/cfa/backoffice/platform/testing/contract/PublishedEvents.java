package fr.cfa.backoffice.platform.testing.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Checks records read from a real broker against the published contract: each is a CloudEvent 1.0 of a type
 * documented for its topic, its data valid against that type's schema, its key equal to its subject.
 */
public final class PublishedEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    /** topic -> CloudEvent type -> envelope schema */
    private final Map<String, Map<String, JsonSchema>> schemas;

    private PublishedEvents(Map<String, Map<String, JsonSchema>> schemas) {
        this.schemas = schemas;
    }

    /** The types a service publishes, from its catalogue (the service's own tests). */
    public static PublishedEvents of(EventCatalogue catalogue) {
        Map<String, Map<String, JsonSchema>> byTopic = new LinkedHashMap<>();
        for (EventCatalogue.Published topic : catalogue.published()) {
            Map<String, JsonSchema> types = byTopic.computeIfAbsent(topic.topic(), t -> new LinkedHashMap<>());
            topic.events().forEach(e -> types.put(e.type(), compile(AsyncApiDocument.envelope(e, "/" + catalogue.service()))));
        }
        return new PublishedEvents(byTopic);
    }

    /** The types the committed AsyncAPI documents say are published (channels with x-consumers): for black-box checks. */
    public static PublishedEvents fromAsyncApi(List<Path> documents) {
        Map<String, Map<String, JsonSchema>> byTopic = new LinkedHashMap<>();
        for (Path file : documents) {
            JsonNode doc = AsyncApiDocument.read(ContractFiles.read(file));
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("channels").fields(); it.hasNext(); ) {
                JsonNode channel = it.next().getValue();
                if (!channel.has("x-consumers")) continue; // a consumed topic: its producer's document is the reference
                Map<String, JsonSchema> types = byTopic.computeIfAbsent(channel.path("address").asText(), t -> new LinkedHashMap<>());
                for (Iterator<Map.Entry<String, JsonNode>> m = channel.path("messages").fields(); m.hasNext(); ) {
                    Map.Entry<String, JsonNode> ref = m.next();
                    String pointer = ref.getValue().path("$ref").asText().substring(1); // "#/components/messages/X" -> JSON pointer
                    types.put(ref.getKey(), compile(doc.at(pointer).path("payload")));
                }
            }
        }
        return new PublishedEvents(byTopic);
    }

    public static void assertValid(EventCatalogue catalogue, List<ConsumerRecord<String, String>> records) {
        of(catalogue).assertValid(records);
    }

    public void assertValid(List<ConsumerRecord<String, String>> records) {
        assertFalse(records.isEmpty(), "no record to check: the flows under test published nothing");
        List<String> failures = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String where = record.topic() + "@" + record.offset();
            JsonNode event;
            try {
                event = JSON.readTree(record.value());
            } catch (Exception e) {
                failures.add(where + ": not JSON");
                continue;
            }
            String type = event.path("type").asText();
            // the tests' own markers (KafkaTestClient.recordsBeforeSentinel) are not the service's publications
            if (KafkaTestClient.SENTINEL_TYPE.equals(type) && KafkaTestClient.SENTINEL_SOURCE.equals(event.path("source").asText())) continue;
            Map<String, JsonSchema> types = schemas.get(record.topic());
            if (types == null) {
                failures.add(where + ": topic " + record.topic() + " is not documented");
                continue;
            }
            JsonSchema schema = types.get(type);
            if (schema == null) {
                failures.add(where + ": type '" + type + "' is not documented on " + record.topic() + " (documented: " + types.keySet() + ")");
                continue;
            }
            Set<ValidationMessage> errors = schema.validate(event);
            errors.forEach(error -> failures.add(where + " " + type + ": " + error.getMessage()));
            if (!event.path("subject").asText().equals(record.key())) {
                failures.add(where + " " + type + ": key " + record.key() + " is not the subject " + event.path("subject").asText());
            }
        }
        assertTrue(failures.isEmpty(), records.size() + " records checked; not as published:\n" + String.join("\n", failures));
    }

    /** No record carries a member of that name, at any depth, whatever its case (e.g. "rqth"). */
    public static void assertNoField(List<ConsumerRecord<String, String>> records, String name) {
        List<String> carriers = records.stream().filter(r -> {
            try {
                return hasField(JSON.readTree(r.value()), name);
            } catch (Exception e) {
                return false;
            }
        }).map(r -> r.topic() + "@" + r.offset()).collect(Collectors.toList());
        assertTrue(carriers.isEmpty(), "records carrying '" + name + "': " + carriers);
    }

    private static boolean hasField(JsonNode node, String name) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().toLowerCase().contains(name.toLowerCase()) || hasField(field.getValue(), name)) return true;
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) if (hasField(item, name)) return true;
        }
        return false;
    }

    private static JsonSchema compile(JsonNode schema) {
        return FACTORY.getSchema(schema, CONFIG);
    }
}
