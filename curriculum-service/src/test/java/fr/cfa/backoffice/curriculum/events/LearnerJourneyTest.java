package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

@QuarkusTest
class LearnerJourneyTest {
    static final String DLQ = "curriculum-service.dlq";

    static String cohort(String start) {
        return CohortEventsPublicationTest.schedule("J-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), start);
    }

    static void send(String topic, String type, UUID candidate, String data) {
        KafkaTestClient.send(topic, candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/test", type, candidate, data));
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

    @Test
    void each_event_drives_the_national_status_and_a_redelivery_changes_nothing() {
        String cohortId = cohort("2027-01-04");
        UUID candidate = UUID.randomUUID();
        String admission = admitted(candidate, cohortId);
        KafkaTestClient.send("admissions.applications", candidate.toString(), admission);
        KafkaTestClient.send("admissions.applications", candidate.toString(), admission); // redelivered

        Map<String, Object> enrollment = enrollmentOf(cohortId, candidate, "INSCRIT_SANS_CONTRAT");
        assertEquals("INSCRIT sans contrat", enrollment.get("nationalStatus"));
        assertEquals("2027-01-04", enrollment.get("statusSince"), "the 3 months without contract count from the cycle's start");
        String id = (String) enrollment.get("id");

        UUID contract = UUID.randomUUID();
        send("placement.contracts", "ContractSigned.v1", candidate, "{\"contractId\":\"" + contract + "\",\"candidateId\":\"" + candidate + "\",\"startDate\":\"2027-01-18\"}");
        enrollmentOf(cohortId, candidate, "APPRENTI");
        send("placement.contracts", "ContractTerminated.v1", candidate, "{\"contractId\":\"" + contract + "\",\"candidateId\":\"" + candidate + "\",\"terminatedOn\":\"2027-02-26\"}");
        enrollmentOf(cohortId, candidate, "RUPTURANT");
        given().auth().oauth2(TestTokens.forRole("placement-officer")).get("/api/v1/enrollments/" + id).then().statusCode(200)
                .body("newContractDeadline", equalTo("2027-08-26"))
                .body("statusSince", equalTo("2027-02-26"));
        UUID second = UUID.randomUUID();
        send("placement.contracts", "ContractSigned.v1", candidate, "{\"contractId\":\"" + second + "\",\"candidateId\":\"" + candidate + "\",\"startDate\":\"2027-03-15\"}");
        enrollmentOf(cohortId, candidate, "APPRENTI");
        send("certification.results", "CertificationResultPublished.v1", candidate,
                "{\"candidateId\":\"" + candidate + "\",\"outcome\":\"WHOLE_TITLE\",\"publishedAt\":\"2027-07-02T15:00:00+02:00\"}");
        enrollmentOf(cohortId, candidate, "FIN_DE_FORMATION");

        given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/enrollments/" + id).then().statusCode(200)
                .body("history.cause", contains("CandidateAdmitted", "ContractSigned", "ContractTerminated", "ContractSigned", "CertificationResultPublished"))
                .body("history.toStatus", contains("INSCRIT_SANS_CONTRAT", "APPRENTI", "RUPTURANT", "APPRENTI", "FIN_DE_FORMATION"))
                .body("newContractDeadline", nullValue());
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("status", "FIN_DE_FORMATION").get("/api/v1/cohorts/" + cohortId + "/enrollments")
                .then().statusCode(200).body("totalItems", equalTo(1));

        List<ConsumerRecord<String, String>> learners = KafkaTestClient.readUntil(CurriculumTopics.LEARNERS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> candidate.toString().equals(r.key())));
        assertEquals(1, learners.stream().filter(r -> candidate.toString().equals(r.key()) && r.value().contains("LearnerEnrolled.v1")).count(),
                "LearnerEnrolled once despite the redelivery");
    }

    @Test
    void a_withdrawal_is_an_abandon_and_an_erasure_keeps_the_status_without_the_person() {
        String cohortId = cohort("2027-01-04");
        UUID candidate = UUID.randomUUID();
        KafkaTestClient.send("admissions.applications", candidate.toString(), admitted(candidate, cohortId));
        enrollmentOf(cohortId, candidate, "INSCRIT_SANS_CONTRAT");
        send("admissions.applications", "CandidateWithdrawn.v1", candidate,
                "{\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohortId + "\",\"previousStatus\":\"ADMITTED\",\"withdrawnAt\":\"2027-01-20T09:00:00+01:00\"}");
        enrollmentOf(cohortId, candidate, "ABANDON");
        send("admissions.applications", "CandidateErased.v1", candidate, "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2027-02-01T09:00:00Z\"}");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + cohortId + "/enrollments").then().statusCode(200)
                        .body("items[0].erased", equalTo(true))
                        .body("items[0].status", equalTo("ABANDON"))
                        .body(not(containsString("Benali"))));
        List<ConsumerRecord<String, String>> learners = KafkaTestClient.readUntil(CurriculumTopics.LEARNERS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> candidate.toString().equals(r.key()) && r.value().contains("LearnerWithdrawn.v1")));
        assertTrue(learners.stream().anyMatch(r -> candidate.toString().equals(r.key()) && r.value().contains("LearnerWithdrawn.v1")));
    }

    @Test
    void steps_the_journey_does_not_allow_are_parked_with_the_reason() {
        String cohortId = cohort("2027-01-04");
        UUID unknown = UUID.randomUUID();
        send("placement.contracts", "ContractSigned.v1", unknown, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + unknown + "\",\"startDate\":\"2027-01-18\"}");
        UUID dropped = UUID.randomUUID();
        KafkaTestClient.send("admissions.applications", dropped.toString(), admitted(dropped, cohortId));
        enrollmentOf(cohortId, dropped, "INSCRIT_SANS_CONTRAT");
        send("admissions.applications", "CandidateWithdrawn.v1", dropped, "{\"candidateId\":\"" + dropped + "\",\"withdrawnAt\":\"2027-01-20T09:00:00+01:00\"}");
        enrollmentOf(cohortId, dropped, "ABANDON");
        send("placement.contracts", "ContractSigned.v1", dropped, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + dropped + "\",\"startDate\":\"2027-02-01\"}");

        List<ConsumerRecord<String, String>> parked = KafkaTestClient.readUntil(DLQ, Duration.ofSeconds(20),
                read -> read.stream().map(ConsumerRecord::key).toList().containsAll(List.of(unknown.toString(), dropped.toString())));
        String unknownReason = KafkaTestClient.header(parked.stream().filter(r -> unknown.toString().equals(r.key())).findFirst().orElseThrow(), "dead-letter-reason");
        String droppedReason = KafkaTestClient.header(parked.stream().filter(r -> dropped.toString().equals(r.key())).findFirst().orElseThrow(), "dead-letter-reason");
        assertTrue(unknownReason.contains("No enrollment for candidate"), unknownReason);
        assertTrue(droppedReason.contains("ABANDON"), droppedReason);
        enrollmentOf(cohortId, dropped, "ABANDON");
    }

    @Test
    void learners_to_accompany_are_those_past_90_days_without_contract_or_180_days_rupturant() {
        String cohortId = cohort("2027-01-04");
        UUID waiting = UUID.randomUUID();
        KafkaTestClient.send("admissions.applications", waiting.toString(), admitted(waiting, cohortId));
        UUID rupturant = UUID.randomUUID();
        KafkaTestClient.send("admissions.applications", rupturant.toString(), admitted(rupturant, cohortId));
        // admissions and placement are two topics: the contract must not overtake the admission
        enrollmentOf(cohortId, rupturant, "INSCRIT_SANS_CONTRAT");
        UUID contract = UUID.randomUUID();
        send("placement.contracts", "ContractSigned.v1", rupturant, "{\"contractId\":\"" + contract + "\",\"candidateId\":\"" + rupturant + "\",\"startDate\":\"2027-01-11\"}");
        send("placement.contracts", "ContractTerminated.v1", rupturant, "{\"contractId\":\"" + contract + "\",\"candidateId\":\"" + rupturant + "\",\"terminatedOn\":\"2027-03-01\"}");
        enrollmentOf(cohortId, waiting, "INSCRIT_SANS_CONTRAT");
        enrollmentOf(cohortId, rupturant, "RUPTURANT");

        String officer = TestTokens.forRole("placement-officer");
        given().auth().oauth2(officer).queryParam("on", "2027-04-04").get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("candidateId", not(hasItem(waiting.toString())));
        given().auth().oauth2(officer).queryParam("on", "2027-04-05").get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("find { it.candidateId == '" + waiting + "' }.daysElapsed", equalTo(91))
                .body("find { it.candidateId == '" + waiting + "' }.nationalStatus", equalTo("INSCRIT sans contrat"))
                .body("candidateId", not(hasItem(rupturant.toString())));
        given().auth().oauth2(officer).queryParam("on", "2027-08-28").get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("candidateId", not(hasItem(rupturant.toString())));
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("on", "2027-08-29").get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("find { it.candidateId == '" + rupturant + "' }.daysElapsed", equalTo(181))
                .body("find { it.candidateId == '" + rupturant + "' }.limitDays", equalTo(180));
        given().auth().oauth2(TestTokens.forRole("trainer")).get("/api/v1/enrollments/to-accompany").then().statusCode(403);
        given().auth().oauth2(officer).queryParam("on", "soon").get("/api/v1/enrollments/to-accompany").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
