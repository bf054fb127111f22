package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.InjectKafkaBroker;
import fr.cfa.backoffice.platform.testing.KafkaBroker;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay's failed-acknowledgement path: while Kafka is down, the sends the relay makes are never acknowledged;
 * each event stays in the outbox, unpublished, and is retried until Kafka is back; then it is published exactly once, in order.
 */
@QuarkusTest
class BrokerOutageTest {
    @InjectKafkaBroker
    KafkaBroker broker;

    @Inject
    MeterRegistry registry;

    double publishedCohortEvents() {
        var counter = registry.find("backbone.events.published").tags("topic", CurriculumTopics.COHORTS, "type", "CohortScheduled.v1").counter();
        return counter == null ? 0 : counter.count();
    }

    /** The value /q/metrics (the management interface) serves for a gauge without labels of its own. */
    static double scraped(String name) {
        String text = given().baseUri("http://127.0.0.1").port(managementPort()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not served at /q/metrics"));
    }

    @Test
    void cohorts_created_while_kafka_is_down_wait_unpublished_and_are_all_published_once_in_order_when_it_is_back() {
        // the relay has seen the topic before the outage: its sends then wait for an acknowledgement that never comes
        String warmUp = CohortEventsPublicationTest.schedule("WARM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "2027-01-04");
        KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(20), r -> r.stream().anyMatch(x -> warmUp.equals(x.key())));
        OutboxRows.awaitAllPublished(warmUp);
        double publishedBefore = publishedCohortEvents();

        List<String> created = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 5; i++) {
                created.add(CohortEventsPublicationTest.schedule("OUT-" + i + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "2027-01-04"));
            }
            // the first event was tried, not acknowledged, and tried again; none is marked published
            Awaitility.await().atMost(40, TimeUnit.SECONDS).untilAsserted(() -> {
                OutboxRows.Row first = OutboxRows.of(created.get(0)).get(0);
                assertTrue(first.attempts() >= 2 && first.lastError() != null, first.toString());
            });
            for (String id : created) {
                assertEquals(false, OutboxRows.of(id).get(0).published(), "not marked published without Kafka's acknowledgement: " + id);
            }
            Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));
            Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> scraped("backbone_outbox_backlog") >= 5);
            assertEquals(publishedBefore, publishedCohortEvents(), "nothing counted as published during the outage");
        } finally {
            broker.start();
        }

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(60),
                read -> read.stream().map(ConsumerRecord::key).toList().containsAll(created));
        Map<String, String> firstEventIdPerCohort = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            if (created.contains(r.key())) firstEventIdPerCohort.putIfAbsent(r.key(), CohortEventsPublicationTest.parse(r).get("id").asText());
        }
        assertEquals(created, new ArrayList<>(firstEventIdPerCohort.keySet()), "every event arrived, in creation order");
        for (String id : created) {
            OutboxRows.awaitAllPublished(id);
            List<ConsumerRecord<String, String>> raw = KafkaTestClient.recordsBeforeSentinel(CurriculumTopics.COHORTS, id, Duration.ofSeconds(20));
            assertEquals(1, raw.size(), "one record for cohort " + id + ", duplicates included: " + raw.stream().map(ConsumerRecord::value).toList());
        }

        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
        assertTrue(publishedCohortEvents() >= publishedBefore + 5, "the five counted as published once acknowledged: " + publishedCohortEvents());
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> scraped("backbone_outbox_backlog") == 0);
    }

    /** Metrics are served on the management interface, not the public port. */
    private static int managementPort() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
