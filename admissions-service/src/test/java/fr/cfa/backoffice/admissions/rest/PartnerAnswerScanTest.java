package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.MANAGER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.decide;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.record;
import static fr.cfa.backoffice.admissions.ApplicationsApi.review;
import static fr.cfa.backoffice.admissions.ApplicationsApi.schedule;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static fr.cfa.backoffice.admissions.ApplicationsApi.withRqthEvidence;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.admissions.TestCohorts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every answer a prescriber or a manager can get about a 36-year-old with RQTH, walked through the whole selection with
 * officers' notes that mention RQTH, holds no trace of it; the officer still sees everything, and is audited for it.
 */
@QuarkusTest
class PartnerAnswerScanTest {
    static final String REVIEW_NOTE = "internal note: RQTH evidence to check with MDPH";
    static final String INTERVIEW_NOTE = "RQTH: needs an adapted workstation at the employer";
    static final String DECISION_NOTE = "admitted under the RQTH age exemption";
    static final String EVIDENCE = "MDPH-93-SECRET-REF";

    record Answer(String what, String body) {}

    static String walkedThroughSelection(String id, String decision) {
        review(id, "UNDER_REVIEW", REVIEW_NOTE).statusCode(200);
        review(id, "ACCEPTED_FOR_INTERVIEW", REVIEW_NOTE).statusCode(200);
        schedule(id).statusCode(200);
        record(id, INTERVIEW_NOTE).statusCode(200);
        decide(id, decision, DECISION_NOTE).statusCode(200);
        return id;
    }

    static Answer get(String what, String token, String path, Object... query) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i + 1 < query.length; i += 2) request = request.queryParam(String.valueOf(query[i]), query[i + 1]);
        return new Answer(what, request.get(path).then().statusCode(200).extract().asString());
    }

    static void assertNoTrace(Answer answer) {
        String text = answer.body().toLowerCase(Locale.ROOT);
        assertFalse(text.contains("rqth"), answer.what() + " mentions RQTH: " + answer.body());
        assertFalse(text.contains("mdph"), answer.what() + " carries the evidence reference: " + answer.body());
        assertFalse(text.contains("\"eligible\":true"), answer.what() + " shows a 36-year-old eligible: " + answer.body());
        assertFalse(text.contains("age_over_maximum"), answer.what() + " names the age limit: " + answer.body());
        assertFalse(text.contains("received via"), answer.what() + " carries the submission's verdict: " + answer.body());
        for (String note : List.of(REVIEW_NOTE, INTERVIEW_NOTE, DECISION_NOTE, "adapted workstation", "age exemption")) {
            assertFalse(text.contains(note.toLowerCase(Locale.ROOT)), answer.what() + " carries an officer's note: " + answer.body());
        }
    }

    @Test
    void no_answer_to_a_prescriber_or_a_manager_holds_a_trace_of_rqth() {
        UUID cohort = TestCohorts.open(12);
        String prescriber = prescriberToken(UUID.randomUUID());
        List<Answer> partner = new ArrayList<>();
        String thirtySix = body(cohort, TestCohorts.START.minusYears(36), true, "V", true, 0);

        var submitted = submit(prescriber, withRqthEvidence(thirtySix)).statusCode(201).extract();
        partner.add(new Answer("submission answer", submitted.asString()));
        String rqth = walkedThroughSelection(submitted.path("id"), "ADMITTED");

        var controlSubmitted = submit(prescriber, body(cohort, TestCohorts.START.minusYears(36), false, "V", true, 0)).statusCode(201).extract();
        partner.add(new Answer("control submission answer", controlSubmitted.asString()));
        String control = walkedThroughSelection(controlSubmitted.path("id"), "REJECTED");

        String toWithdraw = submit(prescriber, withRqthEvidence(thirtySix)).statusCode(201).extract().path("id");
        review(toWithdraw, "UNDER_REVIEW", REVIEW_NOTE).statusCode(200);
        partner.add(new Answer("withdrawal answer", given().auth().oauth2(prescriber).contentType(ContentType.JSON).body("{\"reason\":\"found a job\"}")
                .post("/api/v1/applications/" + toWithdraw + "/withdrawal").then().statusCode(200).extract().asString()));

        List<Answer> manager = new ArrayList<>();
        for (String id : List.of(rqth, control, toWithdraw)) {
            partner.add(get("prescriber's GET " + id, prescriber, "/api/v1/applications/" + id));
            partner.add(get("prescriber's eligibility of " + id, prescriber, "/api/v1/applications/" + id + "/eligibility"));
            manager.add(get("manager's GET " + id, MANAGER, "/api/v1/applications/" + id));
            manager.add(get("manager's eligibility of " + id, MANAGER, "/api/v1/applications/" + id + "/eligibility"));
            manager.add(get("manager's audit of " + id, MANAGER, "/api/v1/audit/sensitive-data-reads", "applicationId", id));
        }
        partner.add(get("prescriber's list", prescriber, "/api/v1/applications", "cohortId", cohort));
        partner.add(get("prescriber's list by status", prescriber, "/api/v1/applications", "status", "ADMITTED"));
        manager.add(get("manager's list", MANAGER, "/api/v1/applications", "cohortId", cohort));
        manager.add(get("manager's list by status", MANAGER, "/api/v1/applications", "cohortId", cohort, "status", "ADMITTED"));

        partner.forEach(PartnerAnswerScanTest::assertNoTrace);
        manager.forEach(PartnerAnswerScanTest::assertNoTrace);

        // With or without RQTH, a prescriber reads the same eligibility for a 36-year-old: withheld.
        Map<String, Object> withRqth = JsonPath.from(get("", prescriber, "/api/v1/applications/" + rqth).body()).getMap("eligibility");
        Map<String, Object> withoutRqth = JsonPath.from(get("", prescriber, "/api/v1/applications/" + control).body()).getMap("eligibility");
        assertEquals(withoutRqth, withRqth);
        assertEquals(Boolean.TRUE, withRqth.get("withheld"));
        assertTrue(withRqth.containsKey("eligible") && withRqth.get("eligible") == null, "eligible is present and null: " + withRqth);
        assertEquals(JsonPath.from(get("", prescriber, "/api/v1/applications/" + control + "/eligibility").body()).getMap("$"),
                JsonPath.from(get("", prescriber, "/api/v1/applications/" + rqth + "/eligibility").body()).getMap("$"));

        // The officer sees it all.
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + rqth).then().statusCode(200)
                .body("rqth.recognised", equalTo(true))
                .body("rqth.evidenceReference", equalTo(EVIDENCE))
                .body("documents.type", hasItem("RQTH_EVIDENCE"))
                .body("eligibility.eligible", equalTo(true))
                .body("interview.notes", equalTo(INTERVIEW_NOTE))
                .body("history.reason", hasItems(REVIEW_NOTE, DECISION_NOTE))
                .body(containsString("olivia.officer"));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + control + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(false)).body("reasons[0].code", equalTo("AGE_OVER_MAXIMUM"));

        // Her step answers carried RQTH data, and each one is in the access log.
        List<String> operations = JsonPath.from(get("", MANAGER, "/api/v1/audit/sensitive-data-reads", "applicationId", rqth, "size", 100).body())
                .getList("items.operation");
        assertTrue(operations.containsAll(List.of("review application", "schedule interview", "record interview", "decide application",
                "read application")), "audited: " + operations);
    }
}
