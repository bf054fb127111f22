package fr.cfa.backoffice.curriculum.domain;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.curriculum.events.CohortEventsPublicationTest;
import fr.cfa.backoffice.platform.testing.SimulatedTimeContract;
import fr.cfa.backoffice.platform.testing.SimulatedTimeProfile;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
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

    @Inject
    AgroalDataSource dataSource;

    /** Earlier tests of this run may have done the days this one uses: forget them, as a new day would. */
    @BeforeEach
    void forgetEarlierRuns() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from scheduled_run where job = 'cohort-lifecycle'");
        }
    }

    static List<String> runsOf(AgroalDataSource dataSource, LocalDate day) throws Exception {
        List<String> instances = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select instance_id from scheduled_run where job = 'cohort-lifecycle' and run_key = ?")) {
            q.setString(1, day.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) instances.add(rs.getString(1));
            }
        }
        return instances;
    }

    @Test
    void the_job_is_checked_every_few_minutes_so_a_day_missed_while_down_is_caught_up() throws Exception {
        Scheduled check = CohortLifecycle.class.getDeclaredMethod("tick").getAnnotation(Scheduled.class);
        assertEquals("${curriculum.cohort-lifecycle.check-every}", check.every());
        assertEquals(Scheduled.ConcurrentExecution.SKIP, check.concurrentExecution());
    }

    @Test
    void the_day_s_run_is_done_once_and_names_the_instance_that_did_it() throws Exception {
        LocalDate today = lifecycle.today();
        assertTrue(lifecycle.daily(), "the first run of the day");
        assertFalse(lifecycle.daily(), "a second run the same day, here or on another replica, is skipped");
        assertEquals(List.of("curriculum-service"), runsOf(dataSource, today), "one run, by this instance (backoffice.instance-id)");
    }

    @Test
    void replicas_running_the_job_at_the_same_moment_do_it_once() throws Exception {
        int replicas = 4;
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return lifecycle.daily();
                }));
            }
            start.countDown();
            int done = 0;
            for (Future<Boolean> run : runs) if (run.get(30, TimeUnit.SECONDS)) done++;
            assertEquals(1, done, "one of the concurrent runs did the day, the others waited for it and skipped");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, runsOf(dataSource, lifecycle.today()).size());
    }

    @Test
    void a_cohort_starting_today_in_paris_runs_from_paris_midnight_while_utc_is_still_on_the_day_before() throws Exception {
        LocalDate start = now().atZoneSameInstant(PARIS).toLocalDate().plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String id = CohortEventsPublicationTest.schedule("PARIS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), start.toString());

        moveClockTo(start.minusDays(1).atTime(23, 50).atZone(PARIS).toOffsetDateTime());
        assertEquals(1, runsOf(dataSource, start.minusDays(1)).size(), "moving the clock did that day's run");
        assertEquals("OPEN", status(id), "23:50 in Paris the day before its start");

        OffsetDateTime justAfterParisMidnight = start.atTime(0, 30).atZone(PARIS).toOffsetDateTime();
        assertEquals(start.minusDays(1), justAfterParisMidnight.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), "UTC is still on the day before");
        moveClockTo(justAfterParisMidnight);
        assertEquals(start, lifecycle.today(), "the job's today is Paris's");
        assertEquals(1, runsOf(dataSource, start).size(), "moving the clock past Paris midnight did the new day's run");
        assertEquals("RUNNING", status(id), "00:30 in Paris on its first day");
    }
}
