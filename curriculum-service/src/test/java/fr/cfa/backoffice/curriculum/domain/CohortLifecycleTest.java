package fr.cfa.backoffice.curriculum.domain;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.curriculum.events.CohortEventsPublicationTest;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle run, limited to this test's cohorts ({@code advance(today, only)}): the days it passes are far ahead of
 * the suite's clock, and every other test's cohorts stay where they are.
 */
@QuarkusTest
class CohortLifecycleTest {
    @Inject
    CohortLifecycle lifecycle;

    @Inject
    Clock clock;

    static String status(String id) {
        return given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id).then().statusCode(200).extract().path("status");
    }

    /** A Monday some years after the suite's today: no other test schedules a cohort there. */
    LocalDate aMondayYearsAhead() {
        return LocalDate.now(clock).plusYears(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    static String cohortStarting(LocalDate start) {
        return CohortEventsPublicationTest.schedule("LIFE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), start.toString());
    }

    @Test
    void a_cohort_runs_from_its_start_and_closes_after_its_end_and_each_change_is_announced_once() {
        LocalDate start = aMondayYearsAhead();
        String id = cohortStarting(start);
        LocalDate end = LocalDate.parse(given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id).then()
                .extract().path("endDate"));
        Set<UUID> mine = Set.of(UUID.fromString(id));

        assertEquals(0, lifecycle.advance(start.minusDays(1), mine::contains));
        assertEquals("OPEN", status(id), "the day before its start");
        assertEquals(1, lifecycle.advance(start, mine::contains));
        assertEquals("RUNNING", status(id), "from its first day");
        assertEquals(0, lifecycle.advance(start, mine::contains), "a second run on the same day changes nothing");
        assertEquals(0, lifecycle.advance(end, mine::contains));
        assertEquals("RUNNING", status(id), "its end date " + end + " is still in the cycle");
        assertEquals(1, lifecycle.advance(end.plusDays(1), mine::contains));
        assertEquals("CLOSED", status(id), "the day after its end");

        // raw records up to a later sentinel: the schedule, then exactly one update per change, in order
        List<String> published = KafkaTestClient.recordsBeforeSentinel(CurriculumTopics.COHORTS, id, Duration.ofSeconds(20)).stream()
                .map(ConsumerRecord::value).toList();
        assertEquals(3, published.size(), published.toString());
        assertEquals(true, published.get(0).contains("\"type\":\"CohortScheduled.v1\""), published.get(0));
        assertEquals(true, published.get(1).contains("CohortUpdated.v1") && published.get(1).contains("\"status\":\"RUNNING\""), published.get(1));
        assertEquals(true, published.get(2).contains("CohortUpdated.v1") && published.get(2).contains("\"status\":\"CLOSED\""), published.get(2));
    }

    @Test
    void a_run_limited_to_some_cohorts_leaves_every_other_cohort_where_it_was() {
        LocalDate start = aMondayYearsAhead().plusWeeks(1);
        String mine = cohortStarting(start);
        String notMine = cohortStarting(start);

        assertEquals(1, lifecycle.advance(start, Set.of(UUID.fromString(mine))::contains));

        assertEquals("RUNNING", status(mine));
        assertEquals("OPEN", status(notMine), "a cohort outside the run is not moved, though its start has come");
        List<ConsumerRecord<String, String>> ofTheOther = KafkaTestClient.recordsBeforeSentinel(CurriculumTopics.COHORTS, notMine, Duration.ofSeconds(20));
        assertEquals(1, ofTheOther.size(), "only its CohortScheduled");
    }
}
