package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.curriculum.events.CohortEventsPublicationTest;
import fr.cfa.backoffice.curriculum.events.OutboxRows;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.SimulatedTimeContract;
import fr.cfa.backoffice.platform.testing.SimulatedTimeProfile;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Curriculum's deadlines under simulated time: a cohort starts running when the clock passes its start, and a learner
 * without a contract is to be accompanied from day 91. The clock only moves forward and these tests run in any order:
 * each reads now() first and builds its dates from it.
 */
@QuarkusTest
@TestProfile(SimulatedTimeProfile.class)
class SimulatedTimeTest extends SimulatedTimeContract {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String MANAGER = TestTokens.forRole("manager");

    static OffsetDateTime nineInTheMorning(LocalDate day) {
        return day.atTime(9, 0).atZone(PARIS).toOffsetDateTime();
    }

    static String schedule(LocalDate start) {
        return CohortEventsPublicationTest.schedule("SIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), start.toString());
    }

    /** CandidateAdmitted as admissions publishes it. */
    static String admitted(UUID candidate, String cohortId, OffsetDateTime admittedAt) {
        return KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service", "CandidateAdmitted.v1", candidate,
                "{\"candidateId\":\"" + candidate + "\",\"applicationId\":\"" + UUID.randomUUID() + "\",\"cohortId\":\"" + cohortId + "\","
                        + "\"firstName\":\"Imane\",\"lastName\":\"Benali\",\"birthDate\":\"2001-04-12\",\"fromWaitlist\":false,"
                        + "\"admittedAt\":\"" + admittedAt + "\"}");
    }

    @Test
    void a_cohort_runs_as_soon_as_the_clock_passes_its_start_and_says_so_on_the_topic() {
        LocalDate start = now().toLocalDate().plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String id = schedule(start);
        given().auth().oauth2(MANAGER).get("/api/v1/cohorts/" + id).then().statusCode(200).body("status", equalTo("OPEN"));

        moveClockTo(nineInTheMorning(start.plusDays(1)));

        given().auth().oauth2(MANAGER).get("/api/v1/cohorts/" + id).then().statusCode(200).body("status", equalTo("RUNNING"));
        Predicate<ConsumerRecord<String, String>> running = r -> id.equals(r.key()) && r.value().contains("CohortUpdated.v1")
                && r.value().contains("\"status\":\"RUNNING\"");
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(CurriculumTopics.COHORTS, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(running));
        assertEquals(1, records.stream().filter(running).count(), "one CohortUpdated RUNNING for the cohort");
        // counted on raw records up to a later sentinel: a second announcement (a second clock move, a relay retry) would show
        OutboxRows.awaitAllPublished(id);
        List<ConsumerRecord<String, String>> raw = KafkaTestClient.recordsBeforeSentinel(CurriculumTopics.COHORTS, id, Duration.ofSeconds(20));
        assertEquals(1, raw.stream().filter(running).count(), "one CohortUpdated RUNNING for the cohort, duplicates included");
        assertEquals(2, raw.size(), "CohortScheduled, then the one CohortUpdated");
    }

    @Test
    void a_learner_without_contract_is_to_accompany_from_day_91_by_the_clock() {
        OffsetDateTime now = now();
        LocalDate start = now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String cohortId = schedule(start);
        UUID candidate = UUID.randomUUID();
        // admitted before the cycle starts: the 90 days count from the start
        KafkaTestClient.send("admissions.applications", candidate.toString(), admitted(candidate, cohortId, now));
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> given().auth().oauth2(MANAGER)
                .get("/api/v1/cohorts/" + cohortId + "/enrollments").then().statusCode(200)
                .body("items.find { it.candidateId == '" + candidate + "' }.statusSince", equalTo(start.toString())));
        String officer = TestTokens.forRole("placement-officer");

        moveClockTo(nineInTheMorning(start.plusDays(90)));
        given().auth().oauth2(officer).get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("candidateId", not(hasItem(candidate.toString())));

        moveClockTo(nineInTheMorning(start.plusDays(91)));
        given().auth().oauth2(officer).get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("find { it.candidateId == '" + candidate + "' }.daysElapsed", equalTo(91))
                .body("find { it.candidateId == '" + candidate + "' }.nationalStatus", equalTo("INSCRIT sans contrat"));
    }
}
