package fr.cfa.backoffice.admissions.events;

import fr.cfa.backoffice.admissions.events.contract.AdmissionsTopics;
import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.decide;
import static fr.cfa.backoffice.admissions.ApplicationsApi.interviewed;
import static fr.cfa.backoffice.admissions.ApplicationsApi.review;
import static fr.cfa.backoffice.admissions.ApplicationsApi.schedule;
import static fr.cfa.backoffice.admissions.ApplicationsApi.record;
import static fr.cfa.backoffice.admissions.ApplicationsApi.step;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.admissions.TestCohorts;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApplicationEventsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> eventsOf(String candidateId, int atLeast) {
        return KafkaTestClient.readUntil(AdmissionsTopics.APPLICATIONS, Duration.ofSeconds(20),
                        read -> read.stream().filter(r -> candidateId.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> candidateId.equals(r.key())).map(ConsumerRecord::value).map(v -> {
                    try {
                        return JSON.readTree(v);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).toList();
    }

    /** Every record published for the candidate up to a later sentinel, duplicates included, by type. */
    static Map<String, Long> publishedTypes(String candidateId) {
        return KafkaTestClient.recordsBeforeSentinel(AdmissionsTopics.APPLICATIONS, candidateId, Duration.ofSeconds(20)).stream()
                .map(r -> parse(r.value()).get("type").asText())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void submission_admission_and_withdrawal_are_published_keyed_by_candidate_without_rqth_or_interview_notes() {
        UUID cohort = TestCohorts.open(5);
        var created = submit(OFFICER, body(cohort, TestCohorts.START.minusYears(45), true, "V", true, 0)).statusCode(201).extract();
        String id = created.path("id");
        String candidateId = created.path("candidateId");
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        schedule(id).statusCode(200);
        record(id).statusCode(200);
        decide(id, "ADMITTED").statusCode(200);
        step("POST", id, "/withdrawal", "{\"reason\":\"personal reasons\"}").statusCode(200);

        List<JsonNode> events = eventsOf(candidateId, 3);
        assertEquals(List.of("ApplicationSubmitted.v1", "CandidateAdmitted.v1", "CandidateWithdrawn.v1"),
                events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(Map.of("ApplicationSubmitted.v1", 1L, "CandidateAdmitted.v1", 1L, "CandidateWithdrawn.v1", 1L), publishedTypes(candidateId),
                "each published exactly once (raw records up to a later sentinel)");
        JsonNode admitted = events.get(1);
        assertEquals("/admissions-service", admitted.get("source").asText());
        assertEquals(candidateId, admitted.get("subject").asText());
        assertEquals("Imane", admitted.at("/data/firstName").asText());
        assertEquals("Benali", admitted.at("/data/lastName").asText());
        assertEquals(TestCohorts.START.minusYears(45).toString(), admitted.at("/data/birthDate").asText());
        assertEquals(cohort.toString(), admitted.at("/data/cohortId").asText());
        assertEquals("imane.benali@example.org", admitted.at("/data/email").asText());
        assertEquals("ADMITTED", events.get(2).at("/data/previousStatus").asText());
        assertFalse(events.get(0).toString().contains("Benali"), "ApplicationSubmitted carries no personal data");
        for (JsonNode event : events) {
            String text = event.toString().toLowerCase();
            assertFalse(text.contains("rqth"), "no RQTH in " + event.get("type"));
            assertFalse(text.contains("mdph-93-secret-ref"), "no RQTH evidence in " + event.get("type"));
            assertFalse(text.contains("private-interview-note"), "no interview notes in " + event.get("type"));
            assertFalse(text.contains("motivation"), "no interview scores in " + event.get("type"));
        }
    }

    @Test
    void a_waitlist_promotion_publishes_candidate_admitted_for_the_promoted_candidate() {
        UUID cohort = TestCohorts.open(1);
        String admitted = interviewed(cohort);
        String waiting = interviewed(cohort);
        decide(admitted, "ADMITTED").statusCode(200);
        String waitingCandidate = decide(waiting, "ADMITTED").statusCode(200).body("status", equalTo("WAITLISTED")).extract().path("candidateId");
        step("POST", admitted, "/withdrawal", "{\"reason\":\"moved\"}").statusCode(200);

        List<JsonNode> events = eventsOf(waitingCandidate, 2);
        JsonNode promotion = events.get(events.size() - 1);
        assertEquals("CandidateAdmitted.v1", promotion.get("type").asText());
        assertTrue(promotion.at("/data/fromWaitlist").asBoolean());
        assertEquals(Map.of("ApplicationSubmitted.v1", 1L, "CandidateAdmitted.v1", 1L), publishedTypes(waitingCandidate),
                "the promoted candidate is admitted once, not also when it was waitlisted");
    }

    @Test
    void erasure_blanks_the_person_keeps_the_counts_and_tells_the_other_services() {
        UUID cohort = TestCohorts.open(5);
        var created = submit(OFFICER, body(cohort, TestCohorts.START.minusYears(40), true, "V", true, 0)).statusCode(201).extract();
        String id = created.path("id");
        String candidateId = created.path("candidateId");
        review(id, "REJECTED").statusCode(200);
        int rejectedBefore = given().auth().oauth2(TestTokens.forRole("manager")).queryParam("cohortId", cohort).queryParam("status", "FILE_REJECTED")
                .get("/api/v1/applications").then().extract().path("totalItems");

        given().auth().oauth2(OFFICER).delete("/api/v1/candidates/" + candidateId).then().statusCode(204);
        given().auth().oauth2(OFFICER).delete("/api/v1/candidates/" + candidateId).then().statusCode(204);
        given().auth().oauth2(OFFICER).delete("/api/v1/candidates/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");

        String detail = given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("erased", equalTo(true))
                .body("status", equalTo("FILE_REJECTED"))
                .body("cohortId", equalTo(cohort.toString()))
                .extract().asString();
        assertFalse(detail.contains("Benali"), detail);
        assertFalse(detail.contains("imane.benali"), detail);
        assertFalse(detail.contains("MDPH-93-SECRET-REF"), detail);
        assertFalse(detail.contains("file checked"), "free-text reasons are erased too");
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("cohortId", cohort).queryParam("status", "FILE_REJECTED")
                .get("/api/v1/applications").then().body("totalItems", equalTo(rejectedBefore));

        List<JsonNode> events = eventsOf(candidateId, 2);
        assertEquals(1, events.stream().filter(e -> e.get("type").asText().equals("CandidateErased.v1")).count(), "erased");
        assertEquals(Map.of("ApplicationSubmitted.v1", 1L, "CandidateErased.v1", 1L), publishedTypes(candidateId),
                "erased once, though the erasure was asked twice (raw records up to a later sentinel)");
        assertFalse(events.toString().contains("Benali"));
    }
}
