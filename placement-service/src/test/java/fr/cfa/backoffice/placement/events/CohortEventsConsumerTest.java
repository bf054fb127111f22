package fr.cfa.backoffice.placement.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.placement.domain.CohortStatus;
import fr.cfa.backoffice.placement.persistence.CohortEntity;
import fr.cfa.backoffice.placement.persistence.CohortRepository;
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
    @Inject
    CohortRepository cohorts;

    @Test
    void scheduled_cohorts_are_kept_with_their_dates_once_each() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = KafkaTestClient.cloudEvent(eventId, "/curriculum-service", "CohortScheduled.v1", id,
                "{\"cohortId\":\"" + id + "\",\"code\":\"PLA-1\",\"startDate\":\"2027-01-04\",\"endDate\":\"2027-06-20\","
                        + "\"capacity\":12,\"status\":\"OPEN\"}");
        KafkaTestClient.send("curriculum.cohorts", id.toString(), event);
        KafkaTestClient.send("curriculum.cohorts", id.toString(), event);

        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() -> cohorts.findById(id)) != null);
        CohortEntity cohort = QuarkusTransaction.requiringNew().call(() -> cohorts.findById(id));
        assertEquals(LocalDate.parse("2027-01-04"), cohort.startDate);
        assertEquals(LocalDate.parse("2027-06-20"), cohort.endDate);
        assertEquals(CohortStatus.OPEN, cohort.status);
        assertEquals(eventId, cohort.lastEventId);
    }

    @Test
    void the_service_is_ready_and_serves_its_openapi() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Placement service"));
    }
}
