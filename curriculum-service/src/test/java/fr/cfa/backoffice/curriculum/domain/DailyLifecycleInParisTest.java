package fr.cfa.backoffice.curriculum.domain;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.curriculum.events.CohortEventsPublicationTest;
import fr.cfa.backoffice.platform.testing.SimulatedTimeContract;
import fr.cfa.backoffice.platform.testing.SimulatedTimeProfile;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The daily lifecycle job works on the centre's dates (Europe/Paris), read from the suite's clock: a cohort starting on
 * day D runs from Paris midnight, while UTC is still on D-1. Simulated time moves the clock, forward only, from now().
 */
@QuarkusTest
@TestProfile(SimulatedTimeProfile.class)
class DailyLifecycleInParisTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    CohortLifecycle lifecycle;

    static OffsetDateTime now() {
        return OffsetDateTime.parse(given().when().get("/q/clock").then().statusCode(200).extract().path("now"));
    }

    static void moveClockTo(OffsetDateTime target) {
        given().contentType("application/json").body("{\"now\":\"" + target + "\"}").when().put("/q/clock").then().statusCode(200);
    }

    static String status(String id) {
        return given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + id).then().statusCode(200).extract().path("status");
    }

    @Test
    void the_job_runs_just_after_midnight_in_paris() throws Exception {
        Scheduled daily = CohortLifecycle.class.getDeclaredMethod("daily").getAnnotation(Scheduled.class);
        assertEquals("Europe/Paris", daily.timeZone());
        assertEquals("0 5 0 * * ?", daily.cron(), "every day at 00:05, centre time");
    }

    @Test
    void a_cohort_starting_today_in_paris_runs_from_paris_midnight_while_utc_is_still_on_the_day_before() {
        LocalDate start = now().atZoneSameInstant(PARIS).toLocalDate().plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String id = CohortEventsPublicationTest.schedule("PARIS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), start.toString());

        moveClockTo(start.minusDays(1).atTime(23, 50).atZone(PARIS).toOffsetDateTime());
        lifecycle.daily();
        assertEquals("OPEN", status(id), "23:50 in Paris the day before its start");

        OffsetDateTime justAfterParisMidnight = start.atTime(0, 30).atZone(PARIS).toOffsetDateTime();
        assertEquals(start.minusDays(1), justAfterParisMidnight.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), "UTC is still on the day before");
        moveClockTo(justAfterParisMidnight);
        assertEquals(start, lifecycle.today(), "the job's today is Paris's");
        lifecycle.daily();
        assertEquals("RUNNING", status(id), "00:30 in Paris on its first day");
    }
}
