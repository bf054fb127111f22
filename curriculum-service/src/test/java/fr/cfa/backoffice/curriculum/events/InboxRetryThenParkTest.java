package fr.cfa.backoffice.curriculum.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.platform.events.BackboneConfig;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inbox against a transient failure: the handler's database work fails (a trigger refuses the learner's row, for
 * this test's candidate only, and counts the attempts in a sequence, which a rollback does not undo). The event is
 * retried {@code backbone.consumer.max-attempts} times, then parked on curriculum-service.dlq with the reason.
 */
@QuarkusTest
class InboxRetryThenParkTest {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    BackboneConfig backbone;

    void sql(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
    }

    long attempts(String sequence) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select case when is_called then last_value else 0 end from " + sequence)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The enrollment insert of {@code candidate} fails while the attempt number is at most {@code failingAttempts}. */
    String failTheEnrollmentOf(UUID candidate, int failingAttempts) throws Exception {
        String name = "test_fail_" + candidate.toString().replace("-", "");
        sql("create sequence " + name,
                "create function " + name + "() returns trigger language plpgsql as $$ begin "
                        + "if nextval('" + name + "') <= " + failingAttempts + " then raise exception 'simulated database failure'; end if; "
                        + "return new; end $$",
                "create trigger " + name + " before insert on enrollment for each row when (new.candidate_id = '" + candidate + "') "
                        + "execute function " + name + "()");
        return name;
    }

    void removeTheFailure(String name) throws Exception {
        sql("drop trigger if exists " + name + " on enrollment", "drop function if exists " + name + "()", "drop sequence if exists " + name);
    }

    @Test
    void an_event_whose_handling_keeps_failing_is_tried_max_attempts_times_then_parked_with_the_reason() throws Exception {
        int maxAttempts = backbone.consumer().maxAttempts();
        Journey j = Journey.inANewCohortStarting("2027-01-04");
        String failure = failTheEnrollmentOf(j.candidate, Integer.MAX_VALUE);
        try {
            KafkaTestClient.send("admissions.applications", j.candidate.toString(), j.admission());

            String reason = KafkaTestClient.header(j.parkedEvent("CandidateAdmitted.v1"), "dead-letter-reason");
            assertTrue(reason.contains("gave up after " + maxAttempts + " attempts") && reason.contains("simulated database failure"), reason);
            assertEquals(maxAttempts, attempts(failure), "tried max-attempts times, no more, no less");
        } finally {
            removeTheFailure(failure);
        }
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + j.cohortId + "/enrollments").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void an_event_whose_handling_fails_for_a_moment_is_applied_on_a_retry_and_not_parked() throws Exception {
        Journey j = Journey.inANewCohortStarting("2027-01-04");
        String failure = failTheEnrollmentOf(j.candidate, 2);
        try {
            KafkaTestClient.send("admissions.applications", j.candidate.toString(), j.admission());
            j.awaitStatus("INSCRIT_SANS_CONTRAT");
            assertEquals(3, attempts(failure), "two failures, applied on the third attempt");
        } finally {
            removeTheFailure(failure);
        }
        assertEquals(0, KafkaTestClient.recordsBeforeSentinel(Journey.DLQ, j.candidate.toString(), Duration.ofSeconds(20)).size(), "nothing parked");
    }
}
