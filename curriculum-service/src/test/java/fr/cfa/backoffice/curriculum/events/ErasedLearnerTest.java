package fr.cfa.backoffice.curriculum.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An erased person does not come back: a CandidateAdmitted delivered again after CandidateErased (a read model
 * rebuilt from the start of the topic, a producer's replay) refills nothing, and the statistics stay right.
 */
@QuarkusTest
class ErasedLearnerTest {
    static final String TRAINER = TestTokens.forUser("trainer", "tom.trainer");
    static final List<String> PERSONAL_DATA = List.of("Imane", "Benali", "2001-04-12", "imane@example.org", "+33 6 12 34 56 78");

    @Inject
    EntityManager em;

    @Inject
    EnrollmentRepository enrollments;

    static String erasedEvent(UUID candidate) {
        return KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service", "CandidateErased.v1", candidate,
                "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2027-02-01T09:00:00Z\"}");
    }

    /** The same event under a new id, as a replay by the producer would send it: the inbox cannot dedupe it. */
    static String withNewId(String cloudEvent) {
        return cloudEvent.replace(JsonPath.from(cloudEvent).getString("id"), UUID.randomUUID().toString());
    }

    /** Sends the event and waits until the consumer has applied it (its id is in the inbox, in the effect's transaction). */
    void deliver(UUID candidate, String cloudEvent) {
        KafkaTestClient.send("admissions.applications", candidate.toString(), cloudEvent);
        String id = JsonPath.from(cloudEvent).getString("id");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id = :id").setParameter("id", id).getSingleResult())
                        .longValue() == 1));
    }

    static void assertNoPersonalData(String body) {
        for (String datum : PERSONAL_DATA) assertFalse(body.contains(datum), "personal data '" + datum + "' in " + body);
    }

    EnrollmentEntity stored(UUID candidate) {
        return QuarkusTransaction.requiringNew().call(() -> enrollments.findByCandidate(candidate).orElse(null));
    }

    static void sheet(String cohortId, String enrollmentId, String halfDay, String mark) {
        given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"date\":\"2026-01-13\",\"halfDay\":\"" + halfDay + "\",\"moduleCode\":\"M1\",\"trainer\":\"tom.trainer\",\"marks\":[{\"enrollmentId\":\""
                        + enrollmentId + "\",\"mark\":\"" + mark + "\"}]}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets").then().statusCode(201);
    }

    @Test
    void an_admission_delivered_again_after_the_erasure_brings_nobody_back_and_the_attendance_rate_stays() {
        // a past cycle (whatever today is), so that its sheets are not dated in the future
        String cohortId = LearnerJourneyTest.cohort("2026-01-12");
        UUID candidate = UUID.randomUUID();
        String admission = LearnerJourneyTest.admitted(candidate, cohortId, "2025-12-01T10:00:00+01:00");
        deliver(candidate, admission);
        String id = (String) LearnerJourneyTest.enrollmentOf(cohortId, candidate, "INSCRIT_SANS_CONTRAT").get("id");
        sheet(cohortId, id, "MORNING", "PRESENT");
        sheet(cohortId, id, "AFTERNOON", "UNJUSTIFIED_ABSENCE");

        deliver(candidate, erasedEvent(candidate));
        deliver(candidate, withNewId(admission));

        String one = given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + id).then().statusCode(200)
                .body("erased", equalTo(true)).body("firstName", nullValue()).body("lastName", nullValue())
                .body("status", equalTo("INSCRIT_SANS_CONTRAT")).body("history.cause", contains("CandidateAdmitted"))
                .extract().asString();
        assertNoPersonalData(one);
        String list = given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + cohortId + "/enrollments").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().asString();
        assertNoPersonalData(list);
        String toAccompany = given().auth().oauth2(TestTokens.forRole("placement-officer")).queryParam("on", "2026-04-13")
                .get("/api/v1/enrollments/to-accompany").then().statusCode(200)
                .body("find { it.candidateId == '" + candidate + "' }.daysElapsed", equalTo(91)).extract().asString();
        assertNoPersonalData(toAccompany);
        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + id + "/attendance").then().statusCode(200)
                .body("sessions", equalTo(2)).body("present", equalTo(1)).body("ratePercent", equalTo(50));

        EnrollmentEntity e = stored(candidate);
        assertNull(e.firstName);
        assertNull(e.lastName);
        assertNull(e.birthDate);
        assertNull(e.email);
        assertNull(e.phone);
        assertTrue(e.erasedAt != null, "still erased");
    }

    @Test
    void an_admission_after_an_erasure_of_an_unknown_candidate_creates_no_enrollment() {
        String cohortId = LearnerJourneyTest.cohort("2027-01-04");
        UUID candidate = UUID.randomUUID();

        deliver(candidate, erasedEvent(candidate)); // erased before curriculum heard of the admission
        deliver(candidate, LearnerJourneyTest.admitted(candidate, cohortId)); // applied (in the inbox), hence not parked

        String list = given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/cohorts/" + cohortId + "/enrollments").then().statusCode(200)
                .body("totalItems", equalTo(0)).extract().asString();
        assertNoPersonalData(list);
        assertNull(stored(candidate), "no enrollment for an erased person");
    }
}
