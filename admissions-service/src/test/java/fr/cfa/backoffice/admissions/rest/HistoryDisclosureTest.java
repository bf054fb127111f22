package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.MANAGER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.eligibleBody;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.record;
import static fr.cfa.backoffice.admissions.ApplicationsApi.review;
import static fr.cfa.backoffice.admissions.ApplicationsApi.schedule;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fr.cfa.backoffice.admissions.TestCohorts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finding 3: officers' internal notes and names stay with the centre; free text may carry health information. */
@QuarkusTest
class HistoryDisclosureTest {
    static final String NOTE = "internal note: RQTH evidence to check with MDPH";

    static String reviewedAndInterviewed(String prescriber, UUID cohort) {
        String id = submit(prescriber, eligibleBody(cohort)).statusCode(201).extract().path("id");
        review(id, "ACCEPTED_FOR_INTERVIEW", NOTE).statusCode(200);
        schedule(id).statusCode(200);
        record(id, "candidate mentioned an adapted workstation").statusCode(200);
        return id;
    }

    @Test
    void a_prescriber_sees_each_step_and_its_time_but_not_the_officers_reasons_or_names() {
        UUID organisation = UUID.randomUUID();
        String prescriber = prescriberToken(organisation);
        String id = reviewedAndInterviewed(prescriber, TestCohorts.open(12));

        given().auth().oauth2(prescriber).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("history.step", contains("SUBMITTED", "REVIEW_ACCEPTED_FOR_INTERVIEW", "INTERVIEW_SCHEDULED", "INTERVIEW_RECORDED"))
                .body("history.toStatus", contains("SUBMITTED", "FILE_ACCEPTED", "INTERVIEW_SCHEDULED", "INTERVIEWED"))
                .body("history.at", everyItem(notNullValue()))
                .body("history[1..3].actor", everyItem(nullValue()))
                .body("history.reason", everyItem(nullValue()))
                .body(not(containsString(NOTE)))
                .body(not(containsString("adapted workstation")))
                .body("history[0].actor", equalTo(nameOf(organisation)));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("history[1].reason", equalTo(NOTE))
                .body("history[1].actor", equalTo("olivia.officer"))
                .body("interview.notes", equalTo("candidate mentioned an adapted workstation"));
    }

    @Test
    void a_prescriber_sees_its_own_withdrawal_with_its_name_and_reason() {
        UUID cohort = TestCohorts.open(12);
        UUID organisation = UUID.randomUUID();
        String prescriber = prescriberToken(organisation);
        String id = submit(prescriber, eligibleBody(cohort)).statusCode(201).extract().path("id");
        review(id, "UNDER_REVIEW", NOTE).statusCode(200);
        given().auth().oauth2(prescriber).contentType(ContentType.JSON).body("{\"reason\":\"found a job\"}")
                .post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        given().auth().oauth2(prescriber).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("history.step", contains("SUBMITTED", "REVIEW_UNDER_REVIEW", "WITHDRAWN"))
                .body("history[1].actor", nullValue())
                .body("history[1].reason", nullValue())
                .body("history[2].actor", equalTo(nameOf(organisation)))
                .body("history[2].reason", equalTo("found a job"));
    }

    @Test
    void a_manager_sees_actors_and_scores_but_no_step_reasons_or_interview_notes() {
        UUID cohort = TestCohorts.open(12);
        String id = reviewedAndInterviewed(prescriberToken(UUID.randomUUID()), cohort);
        given().auth().oauth2(MANAGER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("history[1].actor", equalTo("olivia.officer"))
                .body("history.step", hasSize(4)) // everyItem alone passes on an empty history
                .body("history.reason", everyItem(nullValue()))
                .body("interview.scores.motivation", equalTo(4))
                .body("interview.notes", nullValue())
                .body(not(containsString(NOTE)))
                .body(not(containsString("adapted workstation")));
        given().auth().oauth2(MANAGER).queryParam("cohortId", cohort).get("/api/v1/applications").then().statusCode(200)
                .body("items[0].interview.scores.motivation", equalTo(4))
                .body(not(containsString("adapted workstation")));
    }

    /** The subject ApplicationsApi.prescriberToken gives its caller. */
    static String nameOf(UUID organisation) {
        return "mission-locale-" + organisation.toString().substring(0, 4);
    }
}
