package fr.cfa.backoffice.admissions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.curriculum.events.contract.CohortScheduledV1;
import fr.cfa.backoffice.curriculum.events.contract.CohortUpdatedV1;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** Cohorts announced on curriculum.cohorts exactly as curriculum-service publishes them (its contract's records), then awaited in the read model. */
public final class TestCohorts {
    public static final LocalDate START = LocalDate.now(ApplicationsApi.PARIS).plusMonths(2).with(java.time.DayOfWeek.MONDAY);

    private TestCohorts() {}

    public static UUID open(int capacity) {
        return announce(UUID.randomUUID(), CohortScheduledV1.TYPE, START, capacity, "OPEN");
    }

    /** {@code type}: {@link CohortScheduledV1#TYPE} or {@link CohortUpdatedV1#TYPE}. */
    public static UUID announce(UUID id, String type, LocalDate start, int capacity, String status) {
        String code = "C-" + id.toString().substring(0, 8).toUpperCase();
        LocalDate end = start.plusWeeks(24).minusDays(1);
        List<LocalDate> employerWeeks = List.of(start.plusWeeks(3), start.plusWeeks(4));
        Object data = switch (type) {
            case CohortScheduledV1.TYPE -> new CohortScheduledV1(id, code, start, end, capacity, status, "CFA Saint-Denis", employerWeeks);
            case CohortUpdatedV1.TYPE -> new CohortUpdatedV1(id, code, start, end, capacity, status, "CFA Saint-Denis", employerWeeks);
            default -> throw new IllegalArgumentException("curriculum publishes no " + type + " on " + CurriculumTopics.COHORTS);
        };
        String event = KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/curriculum-service", type, id, EventCodec.toTree(data).toString());
        KafkaTestClient.send(CurriculumTopics.COHORTS, id.toString(), event);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id)
                        .then().statusCode(200).body("startDate", equalTo(start.toString())).body("status", equalTo(status)));
        return id;
    }
}
