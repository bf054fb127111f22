package fr.cfa.backoffice.placement.events;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.curriculum.events.contract.LearnerWithdrawnV1;
import fr.cfa.backoffice.placement.persistence.LearnerRepository;
import fr.cfa.backoffice.placement.rest.TestData;
import fr.cfa.backoffice.platform.testing.InboxCounters;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The placeable learners: curriculum's LearnerWithdrawn takes a learner out; an event that cannot be read is parked and the next one applied. */
@QuarkusTest
class LearnerEventsConsumerTest {
    static final String DLQ = "placement-service.dlq";

    @Inject
    LearnerRepository learners;

    static List<String> placeable(UUID cohort) {
        return given().auth().oauth2(OFFICER).queryParam("cohortId", cohort).get("/api/v1/learners").then().statusCode(200)
                .extract().jsonPath().getList("items.candidateId", String.class);
    }

    @Test
    void a_withdrawn_learner_leaves_the_placeable_learners_and_the_others_stay() {
        LocalDate start = TestData.mondayWeeksAgo(2);
        UUID leaving = UUID.randomUUID();
        UUID cohort = TestData.cohortWithLearner(start, leaving);
        UUID staying = UUID.randomUUID();
        TestData.admit(staying, cohort);

        TestData.withdraw(leaving, cohort);

        assertEquals(List.of(staying.toString()), placeable(cohort));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> learners.findById(leaving).withdrawn), "kept, marked withdrawn");
        assertTrue(!QuarkusTransaction.requiringNew().call(() -> learners.findById(staying).withdrawn));
    }

    @Test
    void a_second_delivery_of_a_withdrawal_is_counted_as_a_duplicate_and_the_learner_stays_out() {
        LocalDate start = TestData.mondayWeeksAgo(2);
        UUID candidate = UUID.randomUUID();
        UUID cohort = TestData.cohortWithLearner(start, candidate);
        String withdrawal = TestData.asPublishedBy("curriculum-service", LearnerWithdrawnV1.TYPE, candidate,
                new LearnerWithdrawnV1(UUID.randomUUID(), candidate, cohort, start.plusWeeks(1)));
        KafkaTestClient.send(CurriculumTopics.LEARNERS, candidate.toString(), withdrawal);
        TestData.awaitGone(candidate, cohort);

        double before = InboxCounters.duplicates(LearnerEventsConsumer.CONSUMER, LearnerWithdrawnV1.TYPE);
        KafkaTestClient.send(CurriculumTopics.LEARNERS, candidate.toString(), withdrawal);
        InboxCounters.awaitDuplicates(LearnerEventsConsumer.CONSUMER, LearnerWithdrawnV1.TYPE, before + 1);
        assertTrue(!placeable(cohort).contains(candidate.toString()));
    }

    @Test
    void poison_events_are_parked_on_the_dlq_with_their_reason_and_the_next_event_is_applied() {
        String malformedKey = "poison-" + UUID.randomUUID();
        UUID versionKey = UUID.randomUUID();
        KafkaTestClient.send(AdmissionsTopics.APPLICATIONS, malformedKey, "{this is not json");
        KafkaTestClient.send(CurriculumTopics.LEARNERS, versionKey.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(),
                "/curriculum-service", "LearnerWithdrawn.v9", versionKey, "{\"candidateId\":\"" + versionKey + "\"}"));
        // the next events on both topics are applied
        UUID next = UUID.randomUUID();
        UUID cohort = TestData.cohortWithLearner(TestData.mondayWeeksAgo(2), next);
        UUID alsoNext = UUID.randomUUID();
        TestData.admit(alsoNext, cohort);
        TestData.withdraw(alsoNext, cohort);
        assertEquals(List.of(next.toString()), placeable(cohort));

        Set<String> keys = Set.of(malformedKey, versionKey.toString());
        List<ConsumerRecord<String, String>> parked = KafkaTestClient.readUntil(DLQ, Duration.ofSeconds(30),
                read -> read.stream().map(ConsumerRecord::key).toList().containsAll(keys));
        ConsumerRecord<String, String> malformed = only(parked, malformedKey);
        assertReason(malformed, "not a CloudEvents JSON envelope");
        assertEquals("{this is not json", malformed.value(), "the original value is kept for replay");
        assertEquals(AdmissionsTopics.APPLICATIONS, KafkaTestClient.header(malformed, "dead-letter-topic"));
        ConsumerRecord<String, String> version = only(parked, versionKey.toString());
        assertReason(version, "unsupported version LearnerWithdrawn.v9");
        assertEquals(CurriculumTopics.LEARNERS, KafkaTestClient.header(version, "dead-letter-topic"));
        assertTrue(parked.stream().noneMatch(r -> next.toString().equals(r.key()) || alsoNext.toString().equals(r.key())), "good events are not parked");
    }

    static ConsumerRecord<String, String> only(List<ConsumerRecord<String, String>> records, String key) {
        List<ConsumerRecord<String, String>> withKey = records.stream().filter(r -> key.equals(r.key())).toList();
        assertEquals(1, withKey.size(), "parked once: " + key);
        return withKey.get(0);
    }

    static void assertReason(ConsumerRecord<String, String> record, String expected) {
        String reason = KafkaTestClient.header(record, "dead-letter-reason");
        assertNotNull(reason, "a reason is attached");
        assertTrue(reason.contains(expected), "reason '" + reason + "' should contain '" + expected + "'");
    }
}
