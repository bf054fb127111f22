package fr.cfa.backoffice.admissions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** Cohorts announced on curriculum.cohorts exactly as curriculum-service publishes them, then awaited in the read model. */
public final class TestCohorts {
    public static final LocalDate START = LocalDate.now().plusMonths(2).with(java.time.DayOfWeek.MONDAY);

    private TestCohorts() {}

    public static UUID open(int capacity) {
        return announce(UUID.randomUUID(), "CohortScheduled.v1", START, capacity, "OPEN");
    }

    public static UUID announce(UUID id, String type, LocalDate start, int capacity, String status) {
        String code = "C-" + id.toString().substring(0, 8).toUpperCase();
        String event = KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/curriculum-service", type, id,
                "{\"cohortId\":\"" + id + "\",\"code\":\"" + code + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + start.plusWeeks(24).minusDays(1)
                        + "\",\"capacity\":" + capacity + ",\"status\":\"" + status + "\"}");
        KafkaTestClient.send("curriculum.cohorts", id.toString(), event);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id)
                        .then().statusCode(200).body("startDate", equalTo(start.toString())).body("status", equalTo(status)));
        return id;
    }
}
