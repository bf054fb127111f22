package fr.cfa.backoffice.placement.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.placement.domain.CohortStatus;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.CohortRepository;
import fr.cfa.backoffice.platform.testing.InboxCounters;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CohortEventsConsumerTest {
    static final String SCHEDULED = "CohortScheduled.v1";

    @Inject
    CohortRepository cohorts;

    static String announcement(String eventId, String type, UUID id, String endDate, int capacity, String status) {
        return KafkaTestClient.cloudEvent(eventId, "/curriculum-service", type, id,
                "{\"cohortId\":\"" + id + "\",\"code\":\"PLA-1\",\"startDate\":\"2027-01-04\",\"endDate\":\"" + endDate + "\","
                        + "\"capacity\":" + capacity + ",\"status\":\"" + status + "\"}");
    }

    CohortEntity cohort(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> cohorts.findById(id));
    }

    void awaitLastEvent(UUID id, String eventId) {
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> {
            CohortEntity c = cohort(id);
            return c != null && eventId.equals(c.lastEventId);
        });
    }

    @Test
    void an_exam_week_that_does_not_start_on_a_monday_is_parked_with_its_reason_and_the_cohort_is_not_stored() {
        UUID id = UUID.randomUUID();
        KafkaTestClient.send("curriculum.cohorts", id.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/curriculum-service",
                SCHEDULED, id, "{\"cohortId\":\"" + id + "\",\"code\":\"PLA-2\",\"startDate\":\"2027-01-04\",\"endDate\":\"2027-06-20\","
                        + "\"capacity\":12,\"status\":\"OPEN\",\"employerWeekStarts\":[],\"examWeekStart\":\"2027-06-16\"}"));
        var parked = KafkaTestClient.readUntil("placement-service.dlq", java.time.Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> id.toString().equals(r.key())));
        var record = parked.stream().filter(r -> id.toString().equals(r.key())).findFirst().orElseThrow();
        String reason = KafkaTestClient.header(record, "dead-letter-reason");
        org.junit.jupiter.api.Assertions.assertTrue(reason != null && reason.contains("examWeekStart must be a Monday, got 2027-06-16"), reason);
        assertEquals(null, cohort(id), "nothing stored");
    }

    @Test
    void a_scheduled_cohort_is_kept_with_its_dates() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.send("curriculum.cohorts", id.toString(), announcement(eventId, SCHEDULED, id, "2027-06-20", 12, "OPEN"));

        awaitLastEvent(id, eventId);
        CohortEntity cohort = cohort(id);
        assertEquals(LocalDate.parse("2027-01-04"), cohort.startDate);
        assertEquals(LocalDate.parse("2027-06-20"), cohort.endDate);
        assertEquals(12, cohort.capacity);
        assertEquals(CohortStatus.OPEN, cohort.status);
    }

    /**
     * The copy arrives after a CohortUpdated: applied again, it would put the scheduled end date and capacity back.
     * The inbox's duplicate count says the copy was handled before the check.
     */
    @Test
    void a_second_delivery_of_a_scheduled_cohort_after_an_update_does_not_undo_the_update() {
        UUID id = UUID.randomUUID();
        String scheduledId = UUID.randomUUID().toString();
        String scheduled = announcement(scheduledId, SCHEDULED, id, "2027-06-20", 12, "OPEN");
        KafkaTestClient.send("curriculum.cohorts", id.toString(), scheduled);
        awaitLastEvent(id, scheduledId);
        String updatedId = UUID.randomUUID().toString();
        KafkaTestClient.send("curriculum.cohorts", id.toString(), announcement(updatedId, "CohortUpdated.v1", id, "2027-07-02", 20, "RUNNING"));
        awaitLastEvent(id, updatedId);

        double before = InboxCounters.duplicates(CohortEventsConsumer.CONSUMER, SCHEDULED);
        KafkaTestClient.send("curriculum.cohorts", id.toString(), scheduled);
        InboxCounters.awaitDuplicates(CohortEventsConsumer.CONSUMER, SCHEDULED, before + 1);

        CohortEntity cohort = cohort(id);
        assertEquals(updatedId, cohort.lastEventId, "the copy of CohortScheduled was not applied");
        assertEquals(LocalDate.parse("2027-07-02"), cohort.endDate);
        assertEquals(20, cohort.capacity);
        assertEquals(CohortStatus.RUNNING, cohort.status);
    }

    @Test
    void the_service_is_ready_and_serves_its_openapi() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Placement service"));
    }
}
