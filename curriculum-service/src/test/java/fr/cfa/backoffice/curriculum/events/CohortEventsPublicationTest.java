package fr.cfa.backoffice.curriculum.events;

import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.curriculum.domain.CohortScheduling;
import fr.cfa.backoffice.curriculum.domain.NewCohort;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class CohortEventsPublicationTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CohortScheduling scheduling;

    @Inject
    AgroalDataSource dataSource;

    static JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static String schedule(String code, String start) {
        return given().auth().oauth2(TestTokens.forRole("trainer")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"startDate\":\"" + start + "\",\"capacity\":14}")
                .post("/api/v1/cohorts").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_scheduled_cohort_is_published_as_a_versioned_cloud_event_keyed_by_the_cohort() {
        String code = "PUB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = schedule(code, "2027-09-06");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> id.equals(r.key())));
        ConsumerRecord<String, String> record = records.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("CohortScheduled not published"));
        JsonNode event = parse(record);
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("CohortScheduled.v1", event.get("type").asText());
        assertEquals("/curriculum-service", event.get("source").asText());
        assertEquals(id, event.get("subject").asText());
        assertFalse(event.get("id").asText().isBlank());
        assertFalse(event.get("time").asText().isBlank());
        assertEquals(code, event.at("/data/code").asText());
        assertEquals("2027-09-06", event.at("/data/startDate").asText());
        assertEquals("2028-02-20", event.at("/data/endDate").asText());
        assertEquals(14, event.at("/data/capacity").asInt());
        assertEquals("OPEN", event.at("/data/status").asText());
        assertEquals(13, event.at("/data/employerWeekStarts").size(), "the 13 employer weeks, for placement");
        assertEquals("2027-09-13", event.at("/data/employerWeekStarts/0").asText());
        assertEquals("2028-01-24", event.at("/data/examWeekStart").asText(), "the last centre week holds the exam (M9), for placement");
        assertEquals("CohortScheduled.v1", KafkaTestClient.header(record, "ce_type"));
    }

    @Test
    void an_event_is_not_published_when_its_transaction_rolls_back() throws Exception {
        String rolledBack = "RB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            scheduling.schedule(new NewCohort(rolledBack, LocalDate.parse("2027-01-04"), 10, null, null), Caller.system("test"));
            throw new IllegalStateException("the change fails after its event was recorded");
        }));
        assertEquals(0, outboxRowsMentioning(rolledBack), "the rolled-back event stays out of the outbox");

        // A later committed cohort is published; events leave in order, so the rolled-back one would precede it.
        String committedId = schedule("OK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "2027-01-04");
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> committedId.equals(r.key())));
        assertTrue(records.stream().anyMatch(r -> committedId.equals(r.key())));
        assertTrue(records.stream().noneMatch(r -> r.value().contains(rolledBack)), "no event for the rolled-back cohort");
    }

    private long outboxRowsMentioning(String text) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from outbox_event where payload like ?")) {
            s.setString(1, "%" + text + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
