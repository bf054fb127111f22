package fr.cfa.backoffice.admissions;

import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.PARIS;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.review;
import static fr.cfa.backoffice.admissions.ApplicationsApi.scheduleAt;
import static fr.cfa.backoffice.admissions.ApplicationsApi.step;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.platform.testing.SimulatedTimeContract;
import fr.cfa.backoffice.platform.testing.SimulatedTimeProfile;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: admissions under a moved clock. Each test reads now() first (the clock only moves forward in this application,
 * whatever order the tests run in).
 */
@QuarkusTest
@TestProfile(SimulatedTimeProfile.class)
class SimulatedTimeTest extends SimulatedTimeContract {
    static final String PROBLEM = "application/problem+json";
    static final String OUTCOME = "{\"attended\":true,\"motivation\":4,\"jobUnderstanding\":3,\"communication\":4,\"project\":3,\"recommendation\":\"ADMIT\"}";

    static OffsetDateTime paris(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(PARIS).toOffsetDateTime();
    }

    static String applicationFor(UUID cohort, LocalDate start) {
        return submit(OFFICER, body(cohort, start.minusYears(25), false, "V", true, 0)).statusCode(201).extract().path("id");
    }

    @Test
    void withdrawal_and_submission_close_when_the_moved_clock_reaches_the_cohorts_start_in_paris() {
        LocalDate start = now().toLocalDate().plusWeeks(4);
        UUID cohort = TestCohorts.announce(UUID.randomUUID(), "CohortScheduled.v1", start, 12, "OPEN");
        String early = applicationFor(cohort, start);
        String eve = applicationFor(cohort, start);
        String late = applicationFor(cohort, start);
        step("POST", early, "/withdrawal", "{\"reason\":\"found a job\"}").statusCode(200).body("status", equalTo("WITHDRAWN"));

        // The eve of the start, 23:30 in Paris: still before it.
        moveClockTo(paris(start.minusDays(1), 23, 30));
        step("POST", eve, "/withdrawal", "{\"reason\":\"moved away\"}").statusCode(200).body("status", equalTo("WITHDRAWN"));
        applicationFor(cohort, start);

        // 00:30 in Paris on the start day (still the eve in UTC): the cohort has started. No event said so; the clock did.
        moveClockTo(paris(start, 0, 30));
        step("POST", late, "/withdrawal", "{\"reason\":\"too late\"}").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:cohort-already-started"))
                .body("cohortStart", equalTo(start.toString()));
        submit(OFFICER, body(cohort, start.minusYears(25), false, "V", true, 0)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:cohort-closed"));
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + cohort).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("startDate", equalTo(start.toString()));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + late).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void the_interview_at_two_cannot_be_recorded_at_ten_and_can_at_half_past_two() {
        LocalDate day = now().toLocalDate().plusDays(2);
        LocalDate start = day.plusWeeks(8);
        UUID cohort = TestCohorts.announce(UUID.randomUUID(), "CohortScheduled.v1", start, 12, "OPEN");
        String id = applicationFor(cohort, start);
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        moveClockTo(paris(day, 10, 0));
        scheduleAt(id, paris(day, 14, 0)).statusCode(200);

        step("PUT", id, "/interview", OUTCOME).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-in-future"))
                .body("errors.field", contains("interview.at"));

        OffsetDateTime halfPastTwo = moveClockTo(paris(day, 14, 30));
        String recordedAt = step("PUT", id, "/interview", OUTCOME).statusCode(200)
                .body("status", equalTo("INTERVIEWED"))
                .body("interview.recordedBy", equalTo("olivia.officer"))
                .extract().path("interview.recordedAt");
        OffsetDateTime recorded = OffsetDateTime.parse(recordedAt);
        org.junit.jupiter.api.Assertions.assertTrue(!recorded.isBefore(halfPastTwo) && recorded.isBefore(halfPastTwo.plusMinutes(1)),
                "recorded by the suite clock: " + recorded);
    }

    @Test
    void a_birth_date_is_in_the_past_by_the_suite_clock_not_the_system_clock() {
        OffsetDateTime now = moveClockTo(now().plusDays(3));
        LocalDate start = now.toLocalDate().plusWeeks(4);
        UUID cohort = TestCohorts.announce(UUID.randomUUID(), "CohortScheduled.v1", start, 12, "OPEN");
        LocalDate systemTomorrow = LocalDate.now(PARIS).plusDays(1); // already yesterday for the suite
        submit(OFFICER, body(cohort, systemTomorrow, false, "V", true, 0)).statusCode(201)
                .body("person.birthDate", equalTo(systemTomorrow.toString()));
        submit(OFFICER, body(cohort, now.toLocalDate().plusDays(1), false, "V", true, 0)).statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("person.birthDate"));
    }
}
