package fr.cfa.backoffice.curriculum.domain;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.curriculum.events.CohortEventsPublicationTest;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CohortLifecycleTest {
    @Inject
    CohortLifecycle lifecycle;

    @Test
    void a_cohort_runs_from_its_start_and_closes_after_its_end_and_each_change_is_announced() {
        String id = CohortEventsPublicationTest.schedule("LIFE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "2030-01-07");
        lifecycle.advance(LocalDate.parse("2030-01-06"));
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id).then().body("status", equalTo("OPEN"));
        lifecycle.advance(LocalDate.parse("2030-01-07"));
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id).then().body("status", equalTo("RUNNING"));
        lifecycle.advance(LocalDate.parse("2030-06-23")); // end date 2030-06-23 is still in the cycle
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id).then().body("status", equalTo("RUNNING"));
        lifecycle.advance(LocalDate.parse("2030-06-24"));
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id).then().body("status", equalTo("CLOSED"));

        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(20),
                read -> read.stream().filter(r -> id.equals(r.key()) && r.value().contains("CohortUpdated.v1")).count() >= 2);
        List<String> updates = events.stream().filter(r -> id.equals(r.key()) && r.value().contains("CohortUpdated.v1")).map(ConsumerRecord::value).toList();
        assertTrue(updates.size() == 2 && updates.get(0).contains("\"status\":\"RUNNING\"") && updates.get(1).contains("\"status\":\"CLOSED\""), updates.toString());
    }
}
