package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import fr.cfa.backoffice.placement.persistence.LearnerRepository;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An erased person does not come back: a CandidateAdmitted delivered again after CandidateErased (a read model
 * rebuilt from the start of the topic, a producer's replay) refills nothing, and counts stay right.
 */
@QuarkusTest
class ErasedLearnerTest {
    static final List<String> PERSONAL_DATA = List.of("Imane", "Benali", "2001-04-12", "imane@example.org", "+33 6 12 34 56 78");

    @Inject
    EntityManager em;

    @Inject
    LearnerRepository learners;

    static String erasedEvent(UUID candidate) {
        return KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service", "CandidateErased.v1", candidate,
                "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2027-02-01T09:00:00Z\"}");
    }

    static String eventId(String cloudEvent) {
        return JsonPath.from(cloudEvent).getString("id");
    }

    /** Sends the event and waits until the consumer has applied it (its id is in the inbox, in the effect's transaction). */
    void deliver(UUID candidate, String cloudEvent) {
        KafkaTestClient.send("admissions.applications", candidate.toString(), cloudEvent);
        String id = eventId(cloudEvent);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id = :id").setParameter("id", id).getSingleResult())
                        .longValue() == 1));
    }

    static void assertNoPersonalData(String body) {
        for (String datum : PERSONAL_DATA) assertFalse(body.contains(datum), "personal data '" + datum + "' in " + body);
    }

    LearnerEntity learner(UUID candidate) {
        return QuarkusTransaction.requiringNew().call(() -> learners.findById(candidate));
    }

    @Test
    void an_admission_delivered_again_after_the_erasure_brings_nobody_back_and_the_contract_count_stays() {
        UUID candidate = UUID.randomUUID();
        UUID cohort = TestData.cohortWithLearner(LocalDate.parse("2027-01-04"), candidate);
        String employer = TestData.employer();
        String tutor = TestData.tutor(employer, 5, true, 24).statusCode(201).extract().path("id");
        String contract = TestData.sign(candidate, employer, tutor, "2027-01-11", "2027-06-30").statusCode(201)
                .body("learnerLastName", equalTo("Benali")).extract().path("id");

        deliver(candidate, erasedEvent(candidate));
        deliver(candidate, TestData.admittedEvent(candidate, cohort)); // same admission, new event id: the inbox does not dedupe it

        String one = given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + contract).then().statusCode(200)
                .body("candidateId", equalTo(candidate.toString())).body("learnerFirstName", nullValue()).body("learnerLastName", nullValue())
                .extract().asString();
        assertNoPersonalData(one);
        // the minimum pay depends on the erased birth date: no figure rather than a wrong one
        given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + contract + "/remuneration").then().statusCode(409)
                .contentType(TestData.PROBLEM).body("type", equalTo("urn:cfa:problem:birth-date-unknown"));
        String form = given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + contract + "/cerfa").then().statusCode(200)
                .body("contract.startingMonthlyGross", nullValue()).body("contract.payPeriods", equalTo(List.of())).extract().asString();
        assertNoPersonalData(form);
        String list = given().auth().oauth2(TestData.OFFICER).queryParam("employerId", employer).get("/api/v1/contracts").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("ACTIVE")).extract().asString();
        assertNoPersonalData(list);
        String learners = given().auth().oauth2(TestData.OFFICER).queryParam("cohortId", cohort).get("/api/v1/learners").then().statusCode(200)
                .body("items.candidateId", not(hasItem(candidate.toString()))).extract().asString();
        assertNoPersonalData(learners);

        LearnerEntity stored = learner(candidate);
        assertNull(stored.firstName);
        assertNull(stored.lastName);
        assertNull(stored.birthDate);
        assertNull(stored.email);
        assertNull(stored.phone);
        assertTrue(stored.erasedAt != null, "still erased");
    }

    @Test
    void an_admission_after_an_erasure_of_an_unknown_candidate_creates_no_personal_data() {
        UUID cohort = TestData.announceCohort(LocalDate.parse("2027-01-04"));
        UUID candidate = UUID.randomUUID();

        deliver(candidate, erasedEvent(candidate)); // erased before placement heard of the admission
        deliver(candidate, TestData.admittedEvent(candidate, cohort)); // applied (in the inbox), hence not parked

        String learners = given().auth().oauth2(TestData.OFFICER).queryParam("cohortId", cohort).get("/api/v1/learners").then().statusCode(200)
                .body("totalItems", equalTo(0)).extract().asString();
        assertNoPersonalData(learners);
        String employer = TestData.employer();
        String tutor = TestData.tutor(employer, 5, true, 24).statusCode(201).extract().path("id");
        TestData.sign(candidate, employer, tutor, "2027-01-11", "2027-06-30").statusCode(422).contentType(TestData.PROBLEM)
                .body("type", equalTo("urn:cfa:problem:unknown-learner"));
        LearnerEntity stored = learner(candidate);
        if (stored != null) {
            assertNull(stored.firstName);
            assertNull(stored.lastName);
            assertNull(stored.birthDate);
            assertNull(stored.email);
            assertNull(stored.phone);
        }
    }
}
