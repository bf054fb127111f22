package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.MANAGER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.decide;
import static fr.cfa.backoffice.admissions.ApplicationsApi.eligibleBody;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.record;
import static fr.cfa.backoffice.admissions.ApplicationsApi.review;
import static fr.cfa.backoffice.admissions.ApplicationsApi.schedule;
import static fr.cfa.backoffice.admissions.ApplicationsApi.step;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.admissions.TestCohorts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finding 4: every answer that carries RQTH data to an officer leaves a row in the access log (docs/rules.md, "Privacy"). */
@QuarkusTest
class SensitiveDataAuditTest {

    /** The operations logged for the application; every caller asserts the exact list, so the everyItem checks never run on an empty page unnoticed. */
    static List<String> operationsOn(String applicationId) {
        return given().auth().oauth2(MANAGER).queryParam("applicationId", applicationId).queryParam("size", 100)
                .get("/api/v1/audit/sensitive-data-reads").then().statusCode(200)
                .body("items.reader", everyItem(equalTo("olivia.officer")))
                .body("items.readAt", everyItem(notNullValue()))
                .extract().jsonPath().getList("items.operation");
    }

    @Test
    void the_submission_answer_and_every_step_answer_to_an_officer_are_audited() {
        UUID cohort = TestCohorts.open(12);
        String id = submit(OFFICER, body(cohort, TestCohorts.START.minusYears(36), true, "V", true, 0)).statusCode(201)
                .body("rqth.evidenceReference", equalTo("MDPH-93-SECRET-REF")).extract().path("id");
        review(id, "UNDER_REVIEW").statusCode(200).body("rqth.evidenceReference", equalTo("MDPH-93-SECRET-REF"));
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        schedule(id).statusCode(200);
        record(id).statusCode(200);
        decide(id, "ADMITTED").statusCode(200).body("rqth.recognised", equalTo(true));

        // Newest first.
        assertEquals(List.of("decide application", "record interview", "schedule interview", "review application", "review application",
                "submit application"), operationsOn(id));
    }

    @Test
    void a_withdrawal_answered_to_an_officer_is_audited_and_one_answered_to_a_prescriber_is_not() {
        UUID cohort = TestCohorts.open(12);
        String byOfficer = submit(OFFICER, eligibleBody(cohort)).statusCode(201).extract().path("id");
        step("POST", byOfficer, "/withdrawal", "{\"reason\":\"moved away\"}").statusCode(200).body("rqth.recognised", equalTo(false));
        assertEquals(List.of("withdraw application", "submit application"), operationsOn(byOfficer));

        String prescriber = prescriberToken(UUID.randomUUID());
        String byPrescriber = submit(prescriber, body(cohort, TestCohorts.START.minusYears(36), true, "V", true, 0)).statusCode(201).extract().path("id");
        given().auth().oauth2(prescriber).contentType(ContentType.JSON).body("{\"reason\":\"found a job\"}")
                .post("/api/v1/applications/" + byPrescriber + "/withdrawal").then().statusCode(200);
        given().auth().oauth2(MANAGER).get("/api/v1/applications/" + byPrescriber).then().statusCode(200);
        assertEquals(List.of(), operationsOn(byPrescriber), "neither the prescriber's nor the manager's answers carry RQTH");
    }

    @Test
    void a_replayed_submission_answer_is_audited_too() {
        UUID cohort = TestCohorts.open(12);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON).body(eligibleBody(cohort))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON).body(eligibleBody(cohort))
                .post("/api/v1/applications").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(List.of("submit application", "submit application"), operationsOn(first));
    }

    @Test
    void an_officers_read_of_an_eligibility_that_rqth_can_explain_is_audited() {
        UUID cohort = TestCohorts.open(12);
        String over30 = submit(prescriberToken(UUID.randomUUID()), body(cohort, TestCohorts.START.minusYears(36), true, "V", true, 0))
                .statusCode(201).extract().path("id");
        String under30 = submit(prescriberToken(UUID.randomUUID()), body(cohort, TestCohorts.START.minusYears(25), true, "V", true, 0))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + over30 + "/eligibility").then().statusCode(200).body("eligible", equalTo(true));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + under30 + "/eligibility").then().statusCode(200).body("eligible", equalTo(true));
        assertEquals(List.of("read eligibility"), operationsOn(over30));
        assertEquals(List.of(), operationsOn(under30), "under 30 the verdict says nothing of RQTH");
    }
}
