package fr.cfa.backoffice.platform.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The schema generator and the record checker the services' contract tests rely on. */
class EventContractToolsTest {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {}

    record SampleHappenedV1(UUID sampleId, LocalDate on, OffsetDateTime at, int count, @Nullable String note, List<LocalDate> days) {
        static final String TYPE = "SampleHappened.v1";
    }

    private static final EventCatalogue CATALOGUE = EventCatalogue.of("sample-service", "Samples")
            .publishes("sample.things", "Samples, keyed by sampleId", List.of("other-service"),
                    EventCatalogue.event(SampleHappenedV1.TYPE, SampleHappenedV1.class, "A sample happened"));

    @Test
    void everyComponentIsRequiredAndOnlyNullableOnesAdmitNull() {
        JsonNode schema = EventSchemas.of(SampleHappenedV1.class);
        assertEquals(6, schema.path("required").size(), schema.toString());
        assertEquals("uuid", schema.at("/properties/sampleId/format").asText());
        assertEquals("date", schema.at("/properties/on/format").asText());
        assertEquals("date-time", schema.at("/properties/at/format").asText());
        assertEquals("integer", schema.at("/properties/count/type").asText());
        assertTrue(schema.at("/properties/note/type").toString().contains("null"), schema.toString());
        assertEquals("string", schema.at("/properties/sampleId/type").asText(), "non-nullable components admit no null");
        assertTrue(schema.at("/properties/TYPE").isMissingNode(), "constants are not data");
    }

    @Test
    void aRecordAsPublishedPassesAndARenamedFieldIsReported() {
        UUID id = UUID.randomUUID();
        String good = envelope(id, "{\"sampleId\":\"" + id + "\",\"on\":\"2026-12-01\",\"at\":\"2026-12-01T10:00:00+01:00\",\"count\":1,\"note\":null,\"days\":[]}");
        PublishedEvents.assertValid(CATALOGUE, List.of(new ConsumerRecord<>("sample.things", 0, 0, id.toString(), good)));

        String renamed = envelope(id, "{\"sampleUuid\":\"" + id + "\",\"on\":\"2026-12-01\",\"at\":\"2026-12-01T10:00:00+01:00\",\"count\":1,\"note\":null,\"days\":[]}");
        AssertionError error = assertThrows(AssertionError.class,
                () -> PublishedEvents.assertValid(CATALOGUE, List.of(new ConsumerRecord<>("sample.things", 0, 1, id.toString(), renamed))));
        assertTrue(error.getMessage().contains("sampleId"), error.getMessage());

        String badDate = envelope(id, "{\"sampleId\":\"" + id + "\",\"on\":\"01/12/2026\",\"at\":\"2026-12-01T10:00:00+01:00\",\"count\":1,\"note\":null,\"days\":[]}");
        assertThrows(AssertionError.class,
                () -> PublishedEvents.assertValid(CATALOGUE, List.of(new ConsumerRecord<>("sample.things", 0, 2, id.toString(), badDate))));
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTheTypeAndTheConsumers() {
        JsonNode doc = AsyncApiDocument.read(AsyncApiDocument.yaml(CATALOGUE, "1.0.0"));
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertEquals("sample.things", doc.at("/channels/sample.things/address").asText());
        assertEquals("other-service", doc.at("/channels/sample.things/x-consumers/0").asText());
        assertEquals("send", doc.at("/operations/publishSampleThings/action").asText());
        assertEquals("SampleHappened.v1", doc.at("/components/messages/SampleHappened.v1/payload/properties/type/const").asText());
    }

    private static String envelope(UUID subject, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/sample-service\",\"type\":\"SampleHappened.v1\","
                + "\"subject\":\"" + subject + "\",\"time\":\"2026-12-01T10:00:00+01:00\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}";
    }
}
