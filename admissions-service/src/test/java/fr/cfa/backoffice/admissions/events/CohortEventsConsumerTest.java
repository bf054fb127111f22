package fr.cfa.backoffice.admissions.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.InboxCounters;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CohortEventsConsumerTest {
    static final String DLQ = "admissions-service.dlq";
    /** The name CohortEventsConsumer hands the inbox, and the type it reads. */
    static final String CONSUMER = CohortEventsConsumer.CONSUMER;
    static final String SCHEDULED = "CohortScheduled.v1";

    static void awaitCohort(UUID id, int capacity) {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("admissions-officer")).get("/api/v1/cohorts/" + id)
                        .then().statusCode(200).body("capacity", equalTo(capacity)));
    }

    @Test
    void a_scheduled_cohort_appears_in_the_read_model() {
        UUID id = UUID.randomUUID();
        KafkaTestClient.send(CohortEvents.TOPIC, id.toString(),
                CohortEvents.scheduled(UUID.randomUUID().toString(), id, "ADM-READ", LocalDate.parse("2027-01-04"), 12));

        awaitCohort(id, 12);
        given().auth().oauth2(TestTokens.forRole("prescriber", "prescriber_id", UUID.randomUUID().toString()))
                .get("/api/v1/cohorts/" + id)
                .then().statusCode(200)
                .body("code", equalTo("ADM-READ"))
                .body("startDate", equalTo("2027-01-04"))
                .body("endDate", equalTo("2027-06-20"))
                .body("status", equalTo("OPEN"));
    }

    @Test
    void a_duplicate_delivery_is_recognised_and_not_applied_again() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.send(CohortEvents.TOPIC, id.toString(), CohortEvents.scheduled(eventId, id, "ADM-DUP", LocalDate.parse("2027-01-04"), 12));
        awaitCohort(id, 12);
        double duplicatesBefore = InboxCounters.duplicates(CONSUMER, SCHEDULED);
        double appliedBefore = InboxCounters.applied(CONSUMER, SCHEDULED);

        // The same event id delivered again, with a body a second application would show (capacity 99, another code).
        KafkaTestClient.send(CohortEvents.TOPIC, id.toString(), CohortEvents.scheduled(eventId, id, "ADM-DUP-AGAIN", LocalDate.parse("2027-01-04"), 99));
        // The inbox has handled the second copy (counted it as a duplicate) before anything is asserted; no later event follows.
        InboxCounters.awaitDuplicates(CONSUMER, SCHEDULED, duplicatesBefore + 1);

        assertEquals(appliedBefore, InboxCounters.applied(CONSUMER, SCHEDULED), "the second copy is not applied");
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id)
                .then().statusCode(200)
                .body("capacity", equalTo(12))
                .body("code", equalTo("ADM-DUP"));
    }

    @Test
    void poison_events_are_parked_with_their_reason_and_the_next_event_is_applied() {
        UUID id = UUID.randomUUID();
        String malformedKey = "malformed-" + UUID.randomUUID();
        String versionKey = UUID.randomUUID().toString();
        String missingKey = UUID.randomUUID().toString();
        KafkaTestClient.send(CohortEvents.TOPIC, malformedKey, "{this is not json");
        KafkaTestClient.send(CohortEvents.TOPIC, versionKey, CohortEvents.envelope(UUID.randomUUID().toString(), "CohortScheduled.v9",
                UUID.fromString(versionKey), "{\"cohortId\":\"" + versionKey + "\"}"));
        KafkaTestClient.send(CohortEvents.TOPIC, missingKey, CohortEvents.envelope(UUID.randomUUID().toString(), "CohortScheduled.v1",
                UUID.fromString(missingKey), "{\"cohortId\":\"" + missingKey + "\",\"code\":\"NO-DATES\"}"));
        KafkaTestClient.send(CohortEvents.TOPIC, id.toString(),
                CohortEvents.scheduled(UUID.randomUUID().toString(), id, "ADM-AFTER-POISON", LocalDate.parse("2027-02-01"), 9));

        awaitCohort(id, 9);

        List<String> keys = List.of(malformedKey, versionKey, missingKey);
        List<ConsumerRecord<String, String>> parked = KafkaTestClient.readUntil(DLQ, Duration.ofSeconds(20),
                read -> read.stream().map(ConsumerRecord::key).toList().containsAll(keys));
        assertTrue(parked.stream().map(ConsumerRecord::key).toList().containsAll(keys), "all three poison events are parked");
        assertReason(parked, malformedKey, "not a CloudEvents JSON envelope");
        assertReason(parked, versionKey, "unsupported version CohortScheduled.v9");
        assertReason(parked, missingKey, "lacks required fields [startDate, endDate, capacity, status]");
        ConsumerRecord<String, String> malformed = parked.stream().filter(r -> malformedKey.equals(r.key())).findFirst().orElseThrow();
        assertEquals("{this is not json", malformed.value(), "the original value is kept for replay");
        assertEquals(CohortEvents.TOPIC, KafkaTestClient.header(malformed, "dead-letter-topic"));
    }

    @Test
    void event_types_this_consumer_does_not_handle_are_ignored_not_parked() {
        UUID other = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        KafkaTestClient.send(CohortEvents.TOPIC, other.toString(), CohortEvents.envelope(UUID.randomUUID().toString(), "CohortArchived.v1", other, "{}"));
        KafkaTestClient.send(CohortEvents.TOPIC, id.toString(), CohortEvents.scheduled(UUID.randomUUID().toString(), id, "ADM-NEXT", LocalDate.parse("2027-02-01"), 7));
        awaitCohort(id, 7);
        List<ConsumerRecord<String, String>> parked = KafkaTestClient.readUntil(DLQ, Duration.ofSeconds(3), read -> false);
        assertTrue(parked.stream().noneMatch(r -> other.toString().equals(r.key())));
    }

    private static void assertReason(List<ConsumerRecord<String, String>> parked, String key, String expected) {
        ConsumerRecord<String, String> record = parked.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        String reason = KafkaTestClient.header(record, "dead-letter-reason");
        assertNotNull(reason, "a reason is attached");
        assertTrue(reason.contains(expected), "reason '" + reason + "' should contain '" + expected + "'");
    }
}
