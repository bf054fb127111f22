package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.SimulatedTimeContract;
import fr.cfa.backoffice.platform.testing.SimulatedTimeProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Placement under simulated time: the employer period can only be completed once its last employer week is over.
 * Tests here run in any order and the clock only moves forward, so each one reads now() first.
 */
@QuarkusTest
@TestProfile(SimulatedTimeProfile.class)
class SimulatedTimeTest extends SimulatedTimeContract {

    @Test
    void the_final_evaluation_is_refused_until_the_last_employer_week_is_over_and_then_completes_the_period_once() {
        LocalDate today = now().toLocalDate();
        // The cohort started 20 weeks before this week: its last employer week ends 3 to 4 weeks from today.
        FactsNotInTheFutureTest.UnderWay c = FactsNotInTheFutureTest.contractUnderWay(FactsNotInTheFutureTest.mondayWeeksBefore(today, 20));
        LocalDate lastEmployerDay = c.lastEmployerDay();
        assertTrue(lastEmployerDay.isAfter(today.plusDays(20)), "the deadline lies ahead: " + lastEmployerDay);

        FactsNotInTheFutureTest.evaluate(c, c.employerToken(), lastEmployerDay, true).statusCode(422).contentType(TestData.PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-in-future")).body("errors.field", hasItem("periodTo"));
        given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + c.contractId()).then().statusCode(200)
                .body("employerPeriodCompleted", equalTo(false));

        LocalDate dayAfter = lastEmployerDay.plusDays(1);
        moveClockTo(dayAfter.atTime(9, 0).atZone(FactsNotInTheFutureTest.PARIS).toOffsetDateTime());

        FactsNotInTheFutureTest.evaluate(c, c.employerToken(), lastEmployerDay, true).statusCode(201)
                .body("recordedBy", equalTo("tina.tutor")).body("recordedAt", startsWith(dayAfter.toString()));
        FactsNotInTheFutureTest.evaluate(c, TestData.OFFICER, lastEmployerDay, true).statusCode(201); // a second final review
        given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + c.contractId()).then().statusCode(200)
                .body("employerPeriodCompleted", equalTo(true));

        // Sentinel: a termination after the evaluations, same key hence same partition and later; once it is read,
        // every EmployerPeriodCompleted of this candidate has been read too.
        FactsNotInTheFutureTest.terminate(c, TestData.OFFICER, dayAfter, "MUTUAL_AGREEMENT").statusCode(200);
        String key = c.candidate().toString();
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil("placement.contracts", Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> key.equals(r.key()) && "ContractTerminated.v1".equals(KafkaTestClient.header(r, "ce_type"))));
        List<String> types = records.stream().filter(r -> key.equals(r.key())).map(r -> KafkaTestClient.header(r, "ce_type")).toList();
        assertTrue(types.contains("ContractTerminated.v1"), "sentinel read: " + types);
        assertEquals(1, types.stream().filter("EmployerPeriodCompleted.v1"::equals).count(), "EmployerPeriodCompleted once: " + types);
    }
}
