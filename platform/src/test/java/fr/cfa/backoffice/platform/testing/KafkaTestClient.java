package fr.cfa.backoffice.platform.testing;

import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.events.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: produce raw records as another service would, read a topic from its start. */
public final class KafkaTestClient {
    private KafkaTestClient() {}

    /** A CloudEvents 1.0 envelope as the outbox writes it, around {@code dataJson}. */
    public static String cloudEvent(String eventId, String source, String type, Object subject, String dataJson) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"time\":\"2026-11-28T10:00:00Z\",\"datacontenttype\":\"application/json\",\"data\":"
                + dataJson + "}";
    }

    /** Sends a record exactly as the outbox relay does: value and CloudEvents headers (content-type, ce_id, ce_type). */
    public static void send(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            EventEnvelope envelope = EventCodec.read(value);
            record.headers().add("ce_id", envelope.id().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", envelope.type().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException poison) {
            // a deliberately broken event keeps only the content-type header
        }
        sendRecord(record);
    }

    public static void sendRecord(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot produce to " + record.topic(), e);
        }
    }

    /** Reads the topic from the beginning until {@code done} holds for the records read, or the timeout. */
    public static List<ConsumerRecord<String, String>> readUntil(String topic, Duration timeout,
                                                                 Predicate<List<ConsumerRecord<String, String>>> done) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The tests' sentinel events: consumers ignore the type; contract checks skip them. */
    public static final String SENTINEL_TYPE = "TestSentinel.v1";
    public static final String SENTINEL_SOURCE = "/tests";

    /**
     * "Published once", counted on raw records: sends a sentinel event with {@code key} (so it lands on the same
     * partition, after everything already published for that key), then reads the topic up to the sentinel and
     * answers every record with that key before it, duplicates included. Consumers ignore the sentinel's type.
     */
    public static List<ConsumerRecord<String, String>> recordsBeforeSentinel(String topic, String key, Duration timeout) {
        String sentinel = UUID.randomUUID().toString();
        send(topic, key, cloudEvent(sentinel, SENTINEL_SOURCE, SENTINEL_TYPE, key, "{}"));
        List<ConsumerRecord<String, String>> read = readUntil(topic, timeout, records -> records.stream().anyMatch(r -> r.value().contains(sentinel)));
        List<ConsumerRecord<String, String>> before = new ArrayList<>();
        for (ConsumerRecord<String, String> r : read) {
            if (r.value().contains(sentinel)) return before;
            if (key.equals(r.key())) before.add(r);
        }
        throw new AssertionError("The sentinel on " + topic + " was not read back within " + timeout);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
