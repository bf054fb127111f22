package fr.cfa.backoffice.certification.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.certification.domain.CohortStatus;
import fr.cfa.backoffice.certification.persistence.CohortEntity;
import fr.cfa.backoffice.certification.persistence.CohortRepository;
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

    static String scheduled(String eventId, UUID id, String code, String start, int capacity) {
        return KafkaTestClient.cloudEvent(eventId, "/curriculum-service", SCHEDULED, id,
                "{\"cohortId\":\"" + id + "\",\"code\":\"" + code + "\",\"startDate\":\"" + start + "\",\"endDate\":\"2027-06-20\","
                        + "\"capacity\":" + capacity + ",\"status\":\"OPEN\"}");
    }

    CohortEntity cohort(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> cohorts.findById(id));
    }

    @Test
    void a_scheduled_cohort_is_kept_with_its_dates() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.send("curriculum.cohorts", id.toString(), scheduled(eventId, id, "CER-1", "2027-01-04", 12));

        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> cohort(id) != null);
        CohortEntity cohort = cohort(id);
        assertEquals("CER-1", cohort.code);
        assertEquals(LocalDate.parse("2027-01-04"), cohort.startDate);
        assertEquals(LocalDate.parse("2027-06-20"), cohort.endDate);
        assertEquals(12, cohort.capacity);
        assertEquals(CohortStatus.OPEN, cohort.status);
        assertEquals(eventId, cohort.lastEventId);
    }

    /**
     * The second copy carries other dates, a code and a capacity (as a replayed event rewritten by mistake would): were it applied,
     * the cohort would show them. The test waits until the inbox has counted that copy as a duplicate, so it checks after it was handled.
     */
    @Test
    void a_second_delivery_of_the_same_event_is_counted_as_a_duplicate_and_changes_nothing() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient.send("curriculum.cohorts", id.toString(), scheduled(eventId, id, "CER-DUP", "2027-01-04", 12));
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> cohort(id) != null);
        double before = InboxCounters.duplicates(CohortEventsConsumer.CONSUMER, SCHEDULED);

        KafkaTestClient.send("curriculum.cohorts", id.toString(), scheduled(eventId, id, "CER-DUP-AGAIN", "2027-03-01", 99));
        InboxCounters.awaitDuplicates(CohortEventsConsumer.CONSUMER, SCHEDULED, before + 1);

        CohortEntity cohort = cohort(id);
        assertEquals("CER-DUP", cohort.code, "the duplicate was applied");
        assertEquals(LocalDate.parse("2027-01-04"), cohort.startDate, "the duplicate was applied");
        assertEquals(12, cohort.capacity, "the duplicate was applied");
        assertEquals(eventId, cohort.lastEventId);
    }

    @Test
    void the_service_is_ready_and_serves_its_openapi() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Certification service"));
    }
}
