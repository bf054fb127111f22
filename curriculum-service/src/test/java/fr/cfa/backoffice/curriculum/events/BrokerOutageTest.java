package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.platform.testing.InjectKafkaBroker;
import fr.cfa.backoffice.platform.testing.KafkaBroker;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

@QuarkusTest
class BrokerOutageTest {
    @InjectKafkaBroker
    KafkaBroker broker;

    @Test
    void cohorts_created_while_kafka_is_down_are_all_published_in_order_once_it_is_back() {
        // the relay has seen the topic before the outage
        String warmUp = CohortEventsPublicationTest.schedule("WARM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "2027-01-04");
        KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(20), r -> r.stream().anyMatch(x -> warmUp.equals(x.key())));

        List<String> created = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 5; i++) {
                created.add(CohortEventsPublicationTest.schedule("OUT-" + i + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "2027-01-04"));
            }
            Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));
            given().baseUri("http://127.0.0.1").port(managementPort()).when().get("/q/metrics").then().statusCode(200)
                    .body(containsString("backbone_outbox_backlog"));
        } finally {
            broker.start();
        }

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(60),
                read -> read.stream().map(ConsumerRecord::key).toList().containsAll(created));
        Map<String, String> firstEventIdPerCohort = new LinkedHashMap<>();
        List<String> eventIds = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            if (!created.contains(r.key())) continue;
            String eventId = CohortEventsPublicationTest.parse(r).get("id").asText();
            eventIds.add(eventId);
            firstEventIdPerCohort.putIfAbsent(r.key(), eventId);
        }
        assertEquals(created, new ArrayList<>(firstEventIdPerCohort.keySet()), "every event arrived, in creation order");
        assertEquals(5, eventIds.stream().distinct().count(), "one event per cohort");

        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
        given().baseUri("http://127.0.0.1").port(managementPort()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("backbone_events_published_total"));
    }

    /** Metrics are served on the management interface, not the public port. */
    private static int managementPort() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
