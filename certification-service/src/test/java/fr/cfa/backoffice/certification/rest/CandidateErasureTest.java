package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static fr.cfa.backoffice.certification.rest.TestData.admittedData;
import static fr.cfa.backoffice.certification.rest.TestData.enrolled;
import static fr.cfa.backoffice.certification.rest.TestData.event;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.certification.persistence.CandidateEntity;
import fr.cfa.backoffice.certification.persistence.CandidateRepository;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Erasure (GDPR art. 17) holds even when admissions' events are delivered again, e.g. to a read model rebuilt from the topic's start. */
@QuarkusTest
class CandidateErasureTest {
    @Inject
    EntityManager em;

    @Inject
    CandidateRepository candidates;

    /** Sends an admissions event under a fresh id (so the inbox does not take it for a redelivery) and waits until it is applied. */
    void admissionsEvent(String type, UUID candidate, String data) {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send("admissions.applications", candidate.toString(), KafkaTestClient.cloudEvent(id, "/admissions-service", type, candidate, data));
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from inbox_event where event_id = :id").setParameter("id", id).getSingleResult()).intValue() == 1));
    }

    static String erasedData(UUID candidate) {
        return "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2027-07-01T09:00:00Z\"}";
    }

    /** The certificate as staff see it names no one, not even inside the signed credential we keep (base64url-encoded). */
    static void assertNameGone(String number) {
        String credential = given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("holderFirstName", nullValue()).body("holderLastName", nullValue())
                .body(not(containsString("Benali"))).body(not(containsString("Imane"))).extract().path("credential");
        if (credential != null) {
            String payload = new String(Base64.getUrlDecoder().decode(credential.split("\\.")[1]), StandardCharsets.UTF_8);
            assertFalse(payload.contains("Benali") || payload.contains("Imane"), "the stored credential still names the holder: " + payload);
        }
    }

    String indicators(UUID cohort) {
        return given().queryParam("cohort", cohort).get("/api/v1/indicators").then().statusCode(200).extract().asString();
    }

    @Test
    void an_erased_holder_does_not_come_back_when_the_admission_is_delivered_again() {
        UUID cohort = UUID.randomUUID();
        UUID holder = UUID.randomUUID();
        UUID leaver = UUID.randomUUID();
        enrolled(leaver, cohort);
        event("curriculum.learners", "LearnerWithdrawn.v1", leaver, "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + leaver
                + "\",\"cohortId\":\"" + cohort + "\",\"withdrawnOn\":\"2027-03-01\"}");
        for (int i = 0; i < 18; i++) enrolled(UUID.randomUUID(), cohort);
        TestData.eligible(holder, cohort);
        String number = TestData.certified(holder);
        given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200).body("holderLastName", equalTo("Benali"));
        Awaitility.await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> given().queryParam("cohort", cohort).get("/api/v1/indicators").then()
                .body("dropOut.numerator", equalTo(1)).body("dropOut.denominator", equalTo(20)));
        String before = indicators(cohort);

        admissionsEvent("CandidateErased.v1", holder, erasedData(holder));
        assertNameGone(number);

        admissionsEvent("CandidateAdmitted.v1", holder, admittedData(holder, cohort)); // same admission, new event id
        assertNameGone(number);
        given().get("/api/v1/certificates/" + number + "/verification").then().statusCode(200).body("status", equalTo("VALID"));
        assertEquals(before, indicators(cohort), "the published outcomes do not move");
    }

    @Test
    void the_kept_credential_naming_the_holder_is_dropped_on_erasure() {
        UUID holder = UUID.randomUUID();
        TestData.eligible(holder, UUID.randomUUID());
        String number = TestData.certified(holder);
        assertEquals("Imane Benali", TestData.payload(TestData.credential(number)).getString("vc.credentialSubject.name"), "the credential names the holder");

        TestData.awaitApplied(em, TestData.erased(holder));
        given().auth().oauth2(OFFICER).get("/api/v1/certificates/" + number).then().statusCode(200)
                .body("holderFirstName", nullValue()).body("holderLastName", nullValue()).body("credential", nullValue());
        assertNameGone(number);
        given().get("/api/v1/certificates/" + number + "/verification").then().statusCode(200).body("status", equalTo("VALID"));
    }

    @Test
    void a_certificate_issued_after_the_holders_erasure_names_no_one_in_its_credential() throws Exception {
        UUID holder = UUID.randomUUID();
        TestData.eligible(holder, UUID.randomUUID());
        TestData.awaitApplied(em, TestData.erased(holder));
        String number = TestData.certified(holder);
        String credential = TestData.credential(number);
        assertTrue(TestData.verifies(credential, TestData.publishedKey()), "still a signed credential");
        JsonPath claims = TestData.payload(credential);
        assertNull(claims.get("vc.credentialSubject.name"), "the credential names no one: " + claims.prettify());
        assertEquals("RNCP36241", claims.getString("vc.credentialSubject.achievement.rncpCode"));
        assertNameGone(number);
    }

    @Test
    void an_erasure_received_before_the_admission_is_remembered_when_the_admission_arrives() {
        UUID cohort = UUID.randomUUID();
        UUID candidate = UUID.randomUUID();
        // e.g. the admission was parked and is replayed later: certification has not seen the person when the erasure comes
        admissionsEvent("CandidateErased.v1", candidate, erasedData(candidate));
        admissionsEvent("CandidateAdmitted.v1", candidate, admittedData(candidate, cohort));

        CandidateEntity c = QuarkusTransaction.requiringNew().call(() -> candidates.findById(candidate));
        if (c != null) {
            assertNull(c.firstName, "the name does not come back");
            assertNull(c.lastName, "the name does not come back");
        }
        // The facts behind the anonymous statistics are still kept.
        event("curriculum.learners", "LearnerEnrolled.v1", candidate, "{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"candidateId\":\"" + candidate
                + "\",\"cohortId\":\"" + cohort + "\",\"enrolledOn\":\"2027-01-04\",\"status\":\"INSCRIT_SANS_CONTRAT\"}");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> given().auth().oauth2(OFFICER)
                .get("/api/v1/candidates/" + candidate + "/eligibility").then().statusCode(200)
                .body("missing", not(org.hamcrest.Matchers.hasItem("NOT_ENROLLED"))));
        CandidateEntity after = QuarkusTransaction.requiringNew().call(() -> candidates.findById(candidate));
        assertNull(after.firstName);
        assertNull(after.lastName);
    }
}
