package fr.cfa.backoffice.admissions.domain;

import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.decide;
import static fr.cfa.backoffice.admissions.ApplicationsApi.record;
import static fr.cfa.backoffice.admissions.ApplicationsApi.review;
import static fr.cfa.backoffice.admissions.ApplicationsApi.schedule;
import static fr.cfa.backoffice.admissions.ApplicationsApi.step;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submitEligible;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.cfa.backoffice.admissions.ApplicationsApi;
import fr.cfa.backoffice.admissions.TestCohorts;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelectionWorkflowTest {
    static final String PROBLEM = "application/problem+json";

    @Test
    void a_file_goes_from_submission_to_admission_and_every_step_is_in_the_history() {
        UUID cohort = TestCohorts.open(12);
        String id = submitEligible(cohort);
        review(id, "UNDER_REVIEW").statusCode(200).body("status", equalTo("FILE_UNDER_REVIEW"));
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200).body("status", equalTo("FILE_ACCEPTED"));
        schedule(id).statusCode(200).body("status", equalTo("INTERVIEW_SCHEDULED")).body("interview.place", equalTo("CFA, salle 2"));
        record(id).statusCode(200).body("status", equalTo("INTERVIEWED"))
                .body("interview.scores.motivation", equalTo(4)).body("interview.recommendation", equalTo("ADMIT"));
        decide(id, "ADMITTED").statusCode(200).body("status", equalTo("ADMITTED"));

        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("history.step", contains("SUBMITTED", "REVIEW_UNDER_REVIEW", "REVIEW_ACCEPTED_FOR_INTERVIEW", "INTERVIEW_SCHEDULED",
                        "INTERVIEW_RECORDED", "DECISION_ADMITTED"))
                .body("history.toStatus", contains("SUBMITTED", "FILE_UNDER_REVIEW", "FILE_ACCEPTED", "INTERVIEW_SCHEDULED", "INTERVIEWED", "ADMITTED"))
                .body("history.actor", everyItem(equalTo("olivia.officer")))
                .body("history.at", everyItem(notNullValue()))
                .body("history.reason", everyItem(nullValue())); // free text is for admissions officers only
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("history[5].reason", equalTo("jury decision"));
    }

    @Test
    void a_prescriber_does_not_see_interview_scores_or_notes() {
        UUID cohort = TestCohorts.open(12);
        UUID prescriber = UUID.randomUUID();
        String token = ApplicationsApi.prescriberToken(prescriber);
        String id = submit(token, ApplicationsApi.eligibleBody(cohort)).statusCode(201).extract().path("id");
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        schedule(id).statusCode(200);
        record(id).statusCode(200);
        given().auth().oauth2(token).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("status", equalTo("INTERVIEWED"))
                .body("interview.at", notNullValue())
                .body(org.hamcrest.Matchers.not(containsString("PRIVATE-INTERVIEW-NOTE")))
                .body("interview.scores", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_file_can_be_rejected_at_review_and_then_takes_no_further_step() {
        String id = submitEligible(TestCohorts.open(12));
        review(id, "REJECTED").statusCode(200).body("status", equalTo("FILE_REJECTED"));
        schedule(id).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:illegal-transition"))
                .body("currentState", equalTo("FILE_REJECTED"));
        step("POST", id, "/withdrawal", "{\"reason\":\"x\"}").statusCode(409).body("currentState", equalTo("FILE_REJECTED"));
    }

    @Test
    void steps_out_of_order_are_409_naming_the_current_state() {
        String id = submitEligible(TestCohorts.open(12));
        decide(id, "ADMITTED").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:illegal-transition")).body("currentState", equalTo("SUBMITTED"));
        schedule(id).statusCode(409).body("currentState", equalTo("SUBMITTED"));
        record(id).statusCode(409).body("currentState", equalTo("SUBMITTED"));
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        review(id, "REJECTED").statusCode(409).body("currentState", equalTo("FILE_ACCEPTED"));
        review(id, "UNDER_REVIEW").statusCode(409).body("currentState", equalTo("FILE_ACCEPTED"));
        record(id).statusCode(409).body("currentState", equalTo("FILE_ACCEPTED"));
        schedule(id).statusCode(200);
        decide(id, "ADMITTED").statusCode(409).body("currentState", equalTo("INTERVIEW_SCHEDULED"));
        schedule(id).statusCode(200).body("status", equalTo("INTERVIEW_SCHEDULED")); // moving the interview is allowed
        record(id).statusCode(200);
        record(id).statusCode(409).body("currentState", equalTo("INTERVIEWED"));
        decide(id, "REJECTED").statusCode(200).body("status", equalTo("REJECTED"));
        decide(id, "ADMITTED").statusCode(409).body("currentState", equalTo("REJECTED"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).post("/api/v1/applications/" + UUID.randomUUID() + "/withdrawal").then().statusCode(400);
        given().auth().oauth2(OFFICER).post("/api/v1/applications/" + UUID.randomUUID() + "/withdrawal").then().statusCode(415);
        step("POST", UUID.randomUUID().toString(), "/withdrawal", "{\"reason\":\"x\"}").statusCode(404).contentType(PROBLEM);
    }

    @Test
    void an_ineligible_application_cannot_be_admitted() {
        UUID cohort = TestCohorts.open(12);
        String id = submit(OFFICER, body(cohort, TestCohorts.START.minusYears(31), false, "V", true, 0)).statusCode(201)
                .body("eligibility.eligible", equalTo(false)).extract().path("id");
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        schedule(id).statusCode(200);
        record(id).statusCode(200);
        decide(id, "ADMITTED").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:candidate-ineligible"))
                .body("reasons", hasItem("AGE_OVER_MAXIMUM"));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().body("status", equalTo("INTERVIEWED"));
        decide(id, "REJECTED").statusCode(200);
    }

    @Test
    void a_stale_if_match_is_refused_and_nothing_changes() {
        String id = submitEligible(TestCohorts.open(12));
        String etag = given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(OFFICER).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"outcome\":\"UNDER_REVIEW\",\"reason\":\"taken\"}").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        given().auth().oauth2(OFFICER).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"outcome\":\"REJECTED\",\"reason\":\"stale view\"}").post("/api/v1/applications/" + id + "/review")
                .then().statusCode(412).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:precondition-failed"));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().body("status", equalTo("FILE_UNDER_REVIEW"));
    }

    @Test
    void withdrawal_is_possible_until_the_cohort_starts() {
        UUID cohort = TestCohorts.open(12);
        String before = submitEligible(cohort);
        step("POST", before, "/withdrawal", "{\"reason\":\"found a job\"}").statusCode(200).body("status", equalTo("WITHDRAWN"));
        String after = submitEligible(cohort);
        TestCohorts.announce(cohort, "CohortUpdated.v1", LocalDate.now(), 12, "OPEN");
        step("POST", after, "/withdrawal", "{\"reason\":\"too late\"}").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:cohort-already-started"));
    }

    @Test
    void interview_and_decision_inputs_are_validated() {
        String id = submitEligible(TestCohorts.open(12));
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        step("POST", id, "/interview", "{\"at\":\"2020-01-01T10:00:00+01:00\",\"interviewers\":[]}").statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItems("at", "interviewers", "placeOrVideoLink"));
        step("POST", id, "/interview", "{\"at\":\"2030-01-01T10:00:00\",\"place\":\"CFA\",\"interviewers\":[\"a\"]}").statusCode(400)
                .body("errors[0].field", equalTo("at"));
        schedule(id).statusCode(200);
        step("PUT", id, "/interview", "{\"attended\":true,\"motivation\":6}").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("motivation", "gridComplete"));
        ApplicationsApi.afterTheInterview(id);
        step("PUT", id, "/interview", "{\"attended\":false}").statusCode(200).body("status", equalTo("INTERVIEWED"));
        decide(id, "MAYBE").statusCode(400).body("errors[0].field", equalTo("outcome"));
    }
}
