package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.cfa.backoffice.certification.persistence.CandidateRepository;
import fr.cfa.backoffice.certification.persistence.RegistrationRepository;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** May the candidate sit the exam? Each missing condition by its code (docs/rules.md, "Certification"). */
@QuarkusTest
class EligibilityTest {
    @Inject
    EntityManager em;

    @Inject
    CandidateRepository candidates;

    @Inject
    RegistrationRepository registrations;

    long registrationsOf(UUID candidate) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.count("candidateId", candidate));
    }

    @Test
    void a_candidate_certification_never_heard_of_is_not_enrolled_and_nothing_else() {
        UUID stranger = UUID.randomUUID();
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/candidates/" + stranger + "/eligibility").then().statusCode(200)
                .body("candidateId", equalTo(stranger.toString())).body("eligible", equalTo(false)).body("missing", contains("NOT_ENROLLED"))
                .body("ccpsHeld", empty());
    }

    @Test
    void an_admitted_candidate_not_yet_enrolled_is_not_enrolled() {
        UUID candidate = UUID.randomUUID();
        TestData.awaitApplied(em, TestData.admitted(candidate, UUID.randomUUID()));
        TestData.eligibility(candidate).statusCode(200).body("eligible", equalTo(false))
                .body("missing", contains("NOT_ENROLLED", "TRAINING_NOT_COMPLETED", "EMPLOYER_PERIOD_NOT_COMPLETED", "PROFESSIONAL_FILE_MISSING"));
    }

    @Test
    void an_enrolled_learner_lacks_the_training_the_employer_period_and_the_professional_file() {
        UUID candidate = UUID.randomUUID();
        TestData.awaitApplied(em, TestData.enrolled(candidate, UUID.randomUUID()));
        TestData.eligibility(candidate).statusCode(200).body("eligible", equalTo(false))
                .body("missing", contains("TRAINING_NOT_COMPLETED", "EMPLOYER_PERIOD_NOT_COMPLETED", "PROFESSIONAL_FILE_MISSING"));
    }

    @Test
    void a_withdrawn_learner_is_not_eligible_even_with_everything_else_done() {
        UUID candidate = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();
        TestData.eligible(candidate, cohort);
        TestData.awaitApplied(em, TestData.withdrawn(candidate, cohort));
        TestData.eligibility(candidate).statusCode(200).body("eligible", equalTo(false)).body("missing", contains("WITHDRAWN"));
    }

    @Test
    void a_withdrawn_learner_cannot_register_and_nothing_is_stored() {
        UUID candidate = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();
        TestData.eligible(candidate, cohort);
        TestData.awaitApplied(em, TestData.withdrawn(candidate, cohort));
        TestData.register(TestData.session(10), candidate).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:candidate-not-eligible")).body("missing", contains("WITHDRAWN"));
        assertEquals(0, registrationsOf(candidate));
    }

    @Test
    void a_candidate_who_has_not_completed_the_training_cannot_register() {
        UUID candidate = UUID.randomUUID();
        TestData.awaitApplied(em, TestData.enrolled(candidate, UUID.randomUUID()));
        TestData.register(TestData.session(10), candidate).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:candidate-not-eligible"))
                .body("missing", contains("TRAINING_NOT_COMPLETED", "EMPLOYER_PERIOD_NOT_COMPLETED", "PROFESSIONAL_FILE_MISSING"));
        assertEquals(0, registrationsOf(candidate));
    }

    @Test
    void an_unknown_candidate_cannot_register() {
        UUID stranger = UUID.randomUUID();
        TestData.register(TestData.session(10), stranger).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:candidate-not-eligible")).body("missing", contains("NOT_ENROLLED"));
        assertEquals(0, registrationsOf(stranger));
    }

    @Test
    void the_professional_file_of_a_candidate_unknown_here_is_refused_404_and_nothing_is_stored() {
        UUID stranger = UUID.randomUUID();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\":\"" + TestData.today().minusDays(2) + "\",\"reference\":\"DP-404\"}")
                .put("/api/v1/candidates/" + stranger + "/professional-file").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:not-found")).body("status", equalTo(404));
        assertNull(QuarkusTransaction.requiringNew().call(() -> candidates.findById(stranger)), "no candidate row is created");
        TestData.eligibility(stranger).statusCode(200).body("missing", contains("NOT_ENROLLED")).body("professionalFileReceivedOn", nullValue());
    }

    @Test
    void the_professional_file_completes_the_conditions() {
        UUID candidate = UUID.randomUUID();
        UUID cohort = UUID.randomUUID();
        TestData.enrolled(candidate, cohort);
        TestData.trainingCompleted(candidate, cohort);
        TestData.employerPeriodCompleted(candidate, cohort);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> TestData.eligibility(candidate).body("missing", contains("PROFESSIONAL_FILE_MISSING")));
        TestData.professionalFile(candidate).statusCode(200).body("eligible", equalTo(true)).body("missing", empty())
                .body("professionalFileReceivedOn", equalTo(TestData.today().minusDays(20).toString())).body("professionalFileRecordedBy", equalTo("chloe.certif"));
    }
}
