package fr.cfa.backoffice.certification.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.certification.PublishedContractTest;
import fr.cfa.backoffice.certification.events.contract.CertificationTopics;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.contract.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What certification really publishes, read back from the broker after its real flows (HTTP, as an officer), is what its contract says: a CloudEvent of a documented type
 * whose data validates against the committed schema, for a whole title, a partial success and a failure (no certificate).
 */
@QuarkusTest
class PublishedResultsMatchTheContractTest {
    static final String BC01 = TestData.BC01, BC02 = TestData.BC02, BC03 = TestData.BC03;

    static UUID resulted(String ccps, String outcome, boolean withCertificate) {
        UUID candidate = UUID.randomUUID();
        TestData.eligible(candidate, UUID.randomUUID());
        String registration = TestData.register(TestData.session(10), candidate).statusCode(201).extract().path("id");
        TestData.results(registration, ccps).statusCode(200).body("outcome", equalTo(outcome))
                .body("certificateNumber", withCertificate ? notNullValue() : nullValue());
        return candidate;
    }

    @Test
    void the_results_published_for_a_whole_title_a_partial_success_and_a_failure_are_valid_against_the_published_schema() {
        Set<String> candidates = List.of(
                resulted(TestData.ALL_GRANTED, "WHOLE_TITLE", true),
                resulted("{\"" + BC01 + "\":true,\"" + BC02 + "\":false,\"" + BC03 + "\":true}", "PARTIAL", true),
                resulted("{\"" + BC01 + "\":false,\"" + BC02 + "\":false,\"" + BC03 + "\":false}", "FAILED", false))
                .stream().map(UUID::toString).collect(Collectors.toSet());

        List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil(CertificationTopics.RESULTS, Duration.ofSeconds(20),
                records -> records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(candidates));
        List<ConsumerRecord<String, String>> ours = published.stream().filter(r -> candidates.contains(r.key())).toList();
        assertEquals(3, ours.size(), "one result per candidate");

        PublishedEvents.assertValid(PublishedContractTest.CATALOGUE, ours);
        PublishedEvents.assertValid(PublishedContractTest.CATALOGUE, published); // and whatever the other tests made it publish
        PublishedEvents.assertNoField(published, "rqth");
    }
}
