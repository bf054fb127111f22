package fr.cfa.backoffice.curriculum.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.testing.InboxCounters;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The learner's journey as other services' events move it: one rule per test, and one short journey end to end. */
@QuarkusTest
class LearnerJourneyTest {

    static String cohort(String start) {
        return CohortEventsPublicationTest.schedule("J-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), start);
    }

    static String admitted(UUID candidate, String cohortId) {
        return admitted(candidate, cohortId, "2026-12-01T10:00:00+01:00");
    }

    static String admitted(UUID candidate, String cohortId, String admittedAt) {
        return KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service", "CandidateAdmitted.v1", candidate,
                "{\"candidateId\":\"" + candidate + "\",\"applicationId\":\"" + UUID.randomUUID() + "\",\"cohortId\":\"" + cohortId + "\","
                        + "\"firstName\":\"Imane\",\"lastName\":\"Benali\",\"birthDate\":\"2001-04-12\",\"email\":\"imane@example.org\","
                        + "\"phone\":\"+33 6 12 34 56 78\",\"fromWaitlist\":false,\"admittedAt\":\"" + admittedAt + "\"}");
    }

    static Map<String, Object> enrollmentOf(String cohortId, UUID candidate, String expectedStatus) {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("manager")).queryParam("size", 100).get("/api/v1/cohorts/" + cohortId + "/enrollments")
                        .then().statusCode(200)
                        .body("items.find { it.candidateId == '" + candidate + "' }.status", equalTo(expectedStatus)));
        JsonPath list = given().auth().oauth2(TestTokens.forRole("manager")).queryParam("size", 100)
                .get("/api/v1/cohorts/" + cohortId + "/enrollments").then().extract().jsonPath();
        return list.getMap("items.find { it.candidateId == '" + candidate + "' }");
    }

    /** Every record of {@code type} published for the candidate, counted raw up to a later sentinel. */
    static long published(UUID candidate, String type) {
        OutboxRows.awaitAllPublished(candidate.toString());
        List<ConsumerRecord<String, String>> records = KafkaTestClient.recordsBeforeSentinel(CurriculumTopics.LEARNERS, candidate.toString(),
                Duration.ofSeconds(20));
        return records.stream().filter(r -> r.value().contains("\"type\":\"" + type + "\"")).count();
    }

    @Test
    void a_learner_is_enrolled_gets_a_contract_and_ends_the_training_with_the_certification_result() {
        Journey j = Journey.enrolled()
                .signContract(UUID.randomUUID(), "2027-01-18")
                .certify("WHOLE_TITLE", "2027-07-02T15:00:00+02:00");

        given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/enrollments/" + j.enrollmentId()).then().statusCode(200)
                .body("history.cause", contains("CandidateAdmitted", "ContractSigned", "CertificationResultPublished"))
                .body("history.toStatus", contains("INSCRIT_SANS_CONTRAT", "APPRENTI", "FIN_DE_FORMATION"))
                .body("statusSince", equalTo("2027-07-02"));
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("status", "FIN_DE_FORMATION").get("/api/v1/cohorts/" + j.cohortId + "/enrollments")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].candidateId", equalTo(j.candidate.toString()));
        assertEquals(1, published(j.candidate, "LearnerEnrolled.v1"));
    }

    @Test
    void an_admission_delivered_twice_enrolls_the_learner_once_and_publishes_LearnerEnrolled_once() {
        Journey j = Journey.inANewCohortStarting("2027-01-04");
        String admission = j.admission();
        double duplicatesBefore = InboxCounters.duplicates(Journey.CONSUMER, "CandidateAdmitted.v1");
        KafkaTestClient.send("admissions.applications", j.candidate.toString(), admission);
        KafkaTestClient.send("admissions.applications", j.candidate.toString(), admission); // redelivered
        InboxCounters.awaitDuplicates(Journey.CONSUMER, "CandidateAdmitted.v1", duplicatesBefore + 1);
        j.awaitStatus("INSCRIT_SANS_CONTRAT");

        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + j.cohortId + "/enrollments").then().statusCode(200)
                .body("totalItems", equalTo(1));
        assertEquals(List.of("CandidateAdmitted"), j.enrollment().getList("history.cause"), "one status change, not two");
        assertEquals(1, published(j.candidate, "LearnerEnrolled.v1"), "LearnerEnrolled once despite the redelivery");
    }

    @Test
    void the_3_months_without_a_contract_count_from_the_cycle_s_start_for_a_learner_admitted_before_it() {
        Journey j = Journey.enrolled(); // admitted 1 December 2026, cycle from 4 January 2027
        assertEquals("INSCRIT sans contrat", j.enrollmentLine().get("nationalStatus"));
        assertEquals("2027-01-04", j.enrollmentLine().get("statusSince"));
    }

    @Test
    void a_terminated_contract_makes_the_learner_rupturant_with_6_months_to_find_another_employer() {
        UUID contract = UUID.randomUUID();
        Journey j = Journey.enrolled().signContract(contract, "2027-01-18").terminateContract(contract, "2027-02-26");
        given().auth().oauth2(TestTokens.forRole("placement-officer")).get("/api/v1/enrollments/" + j.enrollmentId()).then().statusCode(200)
                .body("status", equalTo("RUPTURANT"))
                .body("newContractDeadline", equalTo("2027-08-26"))
                .body("statusSince", equalTo("2027-02-26"));
    }

    @Test
    void a_new_contract_after_a_rupture_makes_the_learner_an_apprentice_again_without_deadline() {
        UUID first = UUID.randomUUID();
        Journey j = Journey.enrolled().signContract(first, "2027-01-18").terminateContract(first, "2027-02-26")
                .signContract(UUID.randomUUID(), "2027-03-15");
        JsonPath e = j.enrollment();
        assertEquals(List.of("CandidateAdmitted", "ContractSigned", "ContractTerminated", "ContractSigned"), e.getList("history.cause"));
        assertEquals(List.of("INSCRIT_SANS_CONTRAT", "APPRENTI", "RUPTURANT", "APPRENTI"), e.getList("history.toStatus"));
        assertEquals(null, e.getString("newContractDeadline"));
        assertEquals("2027-03-15", e.getString("statusSince"));
    }

    @Test
    void a_terminated_contract_that_is_not_the_learner_s_current_one_is_parked_and_the_learner_stays_apprentice() {
        UUID current = UUID.randomUUID();
        Journey j = Journey.enrolled().signContract(current, "2027-01-18");
        UUID unknownContract = UUID.randomUUID();
        j.sendContractTerminated(unknownContract, "2027-02-26");

        String reason = KafkaTestClient.header(j.parkedEvent("ContractTerminated.v1"), "dead-letter-reason");
        assertTrue(reason.contains("Contract " + unknownContract + " is not the learner's current contract"), reason);
        j.awaitStatus("APPRENTI");
        assertEquals(List.of("CandidateAdmitted", "ContractSigned"), j.enrollment().getList("history.cause"));
        // the learner's own contract still ends as usual
        j.terminateContract(current, "2027-03-01");
    }

    @Test
    void a_withdrawal_after_admission_is_an_abandon_announced_once() {
        Journey j = Journey.enrolled().withdraw("2027-01-20T09:00:00+01:00");
        assertEquals("2027-01-20", j.enrollmentLine().get("statusSince"));
        assertEquals(1, published(j.candidate, "LearnerWithdrawn.v1"));
    }

    @Test
    void an_erasure_removes_the_person_and_keeps_the_status() {
        Journey j = Journey.enrolled().withdraw("2027-01-20T09:00:00+01:00");
        j.erase();
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + j.cohortId + "/enrollments").then().statusCode(200)
                        .body("totalItems", equalTo(1))
                        .body("items[0].erased", equalTo(true))
                        .body("items[0].status", equalTo("ABANDON"))
                        .body(not(containsString("Benali"))));
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/enrollments/" + j.enrollmentId()).then().statusCode(200)
                .body("lastName", nullValue()).body("email", nullValue()).body(not(containsString("imane@example.org")));
    }

    @Test
    void a_contract_for_a_candidate_curriculum_has_not_enrolled_is_parked_with_the_reason() {
        Journey unknown = Journey.inANewCohortStarting("2027-01-04");
        unknown.sendContractSigned(UUID.randomUUID(), "2027-01-18");
        String reason = KafkaTestClient.header(unknown.parkedEvent("ContractSigned.v2"), "dead-letter-reason");
        assertTrue(reason.contains("No enrollment for candidate " + unknown.candidate), reason);
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + unknown.cohortId + "/enrollments").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void a_contract_after_an_abandon_is_parked_and_the_learner_stays_abandon() {
        Journey j = Journey.enrolled().withdraw("2027-01-20T09:00:00+01:00");
        j.sendContractSigned(UUID.randomUUID(), "2027-02-01");
        String reason = KafkaTestClient.header(j.parkedEvent("ContractSigned.v2"), "dead-letter-reason");
        assertTrue(reason.contains("ABANDON"), reason);
        j.awaitStatus("ABANDON");
        assertEquals(List.of("CandidateAdmitted", "CandidateWithdrawn"), j.enrollment().getList("history.cause"));
    }

    @Test
    void a_second_certification_result_after_a_partial_one_is_parked_and_the_training_stays_ended_on_the_first() {
        Journey j = Journey.enrolled().signContract(UUID.randomUUID(), "2027-01-18")
                .certify("PARTIAL", "2027-07-02T15:00:00+02:00");
        j.sendCertificationResult("WHOLE_TITLE", "2027-12-10T15:00:00+01:00"); // the missing CCP passed later

        String reason = KafkaTestClient.header(j.parkedEvent("CertificationResultPublished.v1"), "dead-letter-reason");
        assertTrue(reason.contains("FIN_DE_FORMATION"), reason);
        JsonPath e = j.enrollment();
        assertEquals("FIN_DE_FORMATION", e.getString("status"));
        assertEquals("2027-07-02", e.getString("statusSince"), "the training ended with the partial result");
        assertEquals(List.of("CandidateAdmitted", "ContractSigned", "CertificationResultPublished"), e.getList("history.cause"));
    }

    @Test
    void learners_to_accompany_are_those_past_90_days_without_contract_or_180_days_rupturant() {
        Journey waiting = Journey.enrolled();
        UUID contract = UUID.randomUUID();
        Journey rupturant = Journey.enrolled().signContract(contract, "2027-01-11").terminateContract(contract, "2027-03-01");
        UUID w = waiting.candidate;
        UUID r = rupturant.candidate;

        String officer = TestTokens.forRole("placement-officer");
        given().auth().oauth2(officer).queryParam("on", "2027-04-04").get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("candidateId", not(hasItem(w.toString())));
        given().auth().oauth2(officer).queryParam("on", "2027-04-05").get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("find { it.candidateId == '" + w + "' }.daysElapsed", equalTo(91))
                .body("find { it.candidateId == '" + w + "' }.nationalStatus", equalTo("INSCRIT sans contrat"))
                .body("candidateId", not(hasItem(r.toString())));
        given().auth().oauth2(officer).queryParam("on", "2027-08-28").get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("candidateId", not(hasItem(r.toString())));
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("on", "2027-08-29").get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("find { it.candidateId == '" + r + "' }.daysElapsed", equalTo(181))
                .body("find { it.candidateId == '" + r + "' }.limitDays", equalTo(180));
        given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/enrollments/to-accompany").then().statusCode(403);
        given().auth().oauth2(officer).queryParam("on", "soon").get("/api/v1/enrollments/to-accompany").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
