package fr.cfa.backoffice.certification.events;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.certification.rest.TestData;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A poison event is parked on certification-service.dlq with its reason and original value; the next event is processed. */
@QuarkusTest
class DeadLettersTest {
    static final String DLQ = "certification-service.dlq";

    @Inject
    EntityManager em;

    static ConsumerRecord<String, String> parked(String key) {
        List<ConsumerRecord<String, String>> read = KafkaTestClient.readUntil(DLQ, Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> key.equals(r.key())));
        return read.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing parked on " + DLQ + " for " + key));
    }

    static void assertReason(ConsumerRecord<String, String> record, String expected) {
        String reason = KafkaTestClient.header(record, "dead-letter-reason");
        assertNotNull(reason, "a reason is attached");
        assertTrue(reason.contains(expected), "reason '" + reason + "' should contain '" + expected + "'");
    }

    @Test
    void an_unreadable_admission_is_parked_with_its_reason_and_the_next_event_of_the_candidate_is_applied() {
        UUID candidate = UUID.randomUUID();
        KafkaTestClient.send("admissions.applications", candidate.toString(), "{this is not json");
        TestData.awaitApplied(em, TestData.admitted(candidate, UUID.randomUUID())); // same key, same partition: after the poison one

        ConsumerRecord<String, String> parked = parked(candidate.toString());
        assertReason(parked, "not a CloudEvents JSON envelope");
        assertEquals("{this is not json", parked.value(), "the original value is kept for replay");
        assertEquals("admissions.applications", KafkaTestClient.header(parked, "dead-letter-topic"));
        TestData.eligibility(candidate).statusCode(200).body("missing", contains("NOT_ENROLLED", "TRAINING_NOT_COMPLETED",
                "EMPLOYER_PERIOD_NOT_COMPLETED", "PROFESSIONAL_FILE_MISSING"));
    }

    @Test
    void an_enrolment_lacking_its_cohort_and_date_is_parked_and_the_next_enrolment_is_applied() {
        UUID candidate = UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        KafkaTestClient.send("curriculum.learners", candidate.toString(), KafkaTestClient.cloudEvent(poison, "/curriculum-service", "LearnerEnrolled.v1",
                candidate, "{\"candidateId\":\"" + candidate + "\"}"));
        TestData.awaitApplied(em, TestData.enrolled(candidate, UUID.randomUUID()));

        ConsumerRecord<String, String> parked = parked(candidate.toString());
        assertReason(parked, "LearnerEnrolled.v1 data lacks required fields [cohortId, enrolledOn]");
        assertTrue(parked.value().contains(poison), "the parked record is the poison event");
        assertEquals("curriculum.learners", KafkaTestClient.header(parked, "dead-letter-topic"));
        TestData.eligibility(candidate).statusCode(200).body("missing", contains("TRAINING_NOT_COMPLETED", "EMPLOYER_PERIOD_NOT_COMPLETED",
                "PROFESSIONAL_FILE_MISSING"));
    }

    @Test
    void an_unsupported_version_is_parked_naming_the_versions_read() {
        UUID candidate = UUID.randomUUID();
        KafkaTestClient.send("placement.contracts", candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/placement-service",
                "ContractSigned.v9", candidate, "{\"candidateId\":\"" + candidate + "\"}"));
        TestData.awaitApplied(em, TestData.contractSigned(candidate));
        assertReason(parked(candidate.toString()), "unsupported version ContractSigned.v9 (this consumer reads ContractSigned versions [1, 2])");
    }
}
