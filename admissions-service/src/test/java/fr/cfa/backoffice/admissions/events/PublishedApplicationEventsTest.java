package fr.cfa.backoffice.admissions.events;

import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.decide;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.record;
import static fr.cfa.backoffice.admissions.ApplicationsApi.review;
import static fr.cfa.backoffice.admissions.ApplicationsApi.schedule;
import static fr.cfa.backoffice.admissions.ApplicationsApi.step;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static fr.cfa.backoffice.admissions.ApplicationsApi.withRqthEvidence;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.admissions.PublishedContractTest;
import fr.cfa.backoffice.admissions.TestCohorts;
import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import fr.cfa.backoffice.admissions.events.contract.ApplicationSubmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateAdmittedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateErasedV1;
import fr.cfa.backoffice.admissions.events.contract.CandidateWithdrawnV1;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.contract.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The records admissions really publishes, read from the broker, are what its AsyncAPI document and schemas promise. */
@QuarkusTest
class PublishedApplicationEventsTest {

    static List<String> typesOf(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).map(r -> JsonPath.from(r.value()).getString("type")).toList();
    }

    @Test
    void the_events_of_a_whole_selection_match_the_published_contract_and_carry_no_rqth() {
        UUID cohort = TestCohorts.open(5);
        // Officer's application with RQTH and its evidence, aged 45: eligible through RQTH alone. Admitted, withdrawn, erased.
        JsonPath admitted = submit(OFFICER, withRqthEvidence(body(cohort, TestCohorts.START.minusYears(45), true, "V", true, 0)))
                .statusCode(201).body("rqth.recognised", equalTo(true)).body("eligibility.eligible", equalTo(true)).extract().jsonPath();
        String id = admitted.getString("id");
        String candidate = admitted.getString("candidateId");
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        schedule(id).statusCode(200);
        record(id).statusCode(200);
        decide(id, "ADMITTED").statusCode(200).body("status", equalTo("ADMITTED"));
        step("POST", id, "/withdrawal", "{\"reason\":\"found a job\"}").statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(OFFICER).delete("/api/v1/candidates/" + candidate).then().statusCode(204);
        // A prescriber's application with RQTH: its event names the prescriber.
        String prescribed = submit(prescriberToken(UUID.randomUUID()), body(cohort, TestCohorts.START.minusYears(40), true, "V", true, 0))
                .statusCode(201).extract().path("candidateId");

        Set<String> ours = Set.of(candidate, prescribed);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(AdmissionsTopics.APPLICATIONS, Duration.ofSeconds(20),
                        read -> read.stream().filter(r -> ours.contains(r.key())).count() >= 5)
                .stream().filter(r -> ours.contains(r.key())).toList();

        // One per step, counted on the raw records up to a later sentinel (a republished event would show here).
        assertEquals(List.of(ApplicationSubmittedV1.TYPE, CandidateAdmittedV1.TYPE, CandidateWithdrawnV1.TYPE, CandidateErasedV1.TYPE),
                typesOf(KafkaTestClient.recordsBeforeSentinel(AdmissionsTopics.APPLICATIONS, candidate, Duration.ofSeconds(20)), candidate),
                "every type admissions publishes, one per step");
        assertEquals(List.of(ApplicationSubmittedV1.TYPE),
                typesOf(KafkaTestClient.recordsBeforeSentinel(AdmissionsTopics.APPLICATIONS, prescribed, Duration.ofSeconds(20)), prescribed));
        PublishedEvents.assertValid(PublishedContractTest.CATALOGUE, records);
        PublishedEvents.assertNoField(records, "rqth");
    }
}
