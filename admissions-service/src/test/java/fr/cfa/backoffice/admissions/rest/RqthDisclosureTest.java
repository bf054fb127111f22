package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.MANAGER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static fr.cfa.backoffice.admissions.ApplicationsApi.withRqthEvidence;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.admissions.TestCohorts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finding 2: nothing in a partner's or a manager's answer lets them infer RQTH (docs/rules.md, "Privacy"). */
@QuarkusTest
class RqthDisclosureTest {

    @Test
    void the_rqth_evidence_document_is_listed_for_admissions_officers_only() {
        UUID cohort = TestCohorts.open(12);
        String prescriber = prescriberToken(UUID.randomUUID());
        String id = submit(prescriber, withRqthEvidence(body(cohort, TestCohorts.START.minusYears(24), true, "V", true, 0)))
                .statusCode(201)
                .body("documents.type", contains("CV"))
                .extract().path("id");

        for (String reader : new String[] {prescriber, MANAGER}) {
            given().auth().oauth2(reader).get("/api/v1/applications/" + id).then().statusCode(200)
                    .body("documents.type", contains("CV"));
            given().auth().oauth2(reader).queryParam("cohortId", cohort).get("/api/v1/applications").then().statusCode(200)
                    .body("items[0].documents.type", contains("CV"));
        }
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("documents.type", contains("RQTH_EVIDENCE", "CV"));
    }

    @Test
    void at_36_prescribers_and_managers_get_a_withheld_verdict_whether_or_not_the_candidate_has_rqth() {
        UUID cohort = TestCohorts.open(12);
        String prescriber = prescriberToken(UUID.randomUUID());
        String withRqth = submit(prescriber, body(cohort, TestCohorts.START.minusYears(36), true, "V", true, 0))
                .statusCode(201)
                .body("eligibility.eligible", nullValue())
                .body("eligibility.withheld", equalTo(true))
                .extract().path("id");
        String without = submit(prescriber, body(cohort, TestCohorts.START.minusYears(36), false, "V", true, 0))
                .statusCode(201)
                .body("eligibility.withheld", equalTo(true))
                .extract().path("id");

        for (String reader : new String[] {prescriber, MANAGER}) {
            Map<String, Object> a = given().auth().oauth2(reader).get("/api/v1/applications/" + withRqth + "/eligibility")
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            Map<String, Object> b = given().auth().oauth2(reader).get("/api/v1/applications/" + without + "/eligibility")
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            assertEquals(a, b, "the same answer with and without RQTH");
            assertEquals(Boolean.TRUE, a.get("withheld"));
            assertEquals(null, a.get("eligible"));
            given().auth().oauth2(reader).get("/api/v1/applications/" + without).then().statusCode(200)
                    .body("eligibility.eligible", nullValue())
                    .body("eligibility.withheld", equalTo(true))
                    .body("eligibility.reasons", empty());
        }
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + withRqth + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(true)).body("withheld", equalTo(false));
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + without + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(false)).body("reasons.code", contains("AGE_OVER_MAXIMUM"));
    }

    @Test
    void a_withheld_verdict_still_names_the_rules_that_do_not_depend_on_age() {
        UUID cohort = TestCohorts.open(12);
        String prescriber = prescriberToken(UUID.randomUUID());
        String id = submit(prescriber, body(cohort, TestCohorts.START.minusYears(40), false, "IV", false, 2)).statusCode(201).extract().path("id");
        given().auth().oauth2(prescriber).get("/api/v1/applications/" + id + "/eligibility").then().statusCode(200)
                .body("eligible", nullValue())
                .body("withheld", equalTo(true))
                .body("reasons.code", contains("QUALIFICATION_OR_EXPERIENCE_MISSING"))
                .body("reasons.code", not(hasItem("AGE_OVER_MAXIMUM")));
    }

    @Test
    void under_30_partners_see_the_verdict_because_rqth_cannot_change_it() {
        UUID cohort = TestCohorts.open(12);
        String prescriber = prescriberToken(UUID.randomUUID());
        String lastDayAt29 = submit(prescriber, body(cohort, TestCohorts.START.minusYears(30).plusDays(1), false, "V", true, 0))
                .statusCode(201).body("eligibility.eligible", equalTo(true)).body("eligibility.withheld", equalTo(false)).extract().path("id");
        String unqualified = submit(prescriber, body(cohort, TestCohorts.START.minusYears(22), true, "IV", false, 0))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(MANAGER).get("/api/v1/applications/" + lastDayAt29 + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(true)).body("withheld", equalTo(false));
        given().auth().oauth2(prescriber).get("/api/v1/applications/" + unqualified + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(false)).body("withheld", equalTo(false))
                .body("reasons.code", contains("QUALIFICATION_OR_EXPERIENCE_MISSING"));
        // The 30th birthday on the start day is already over the limit: withheld.
        String turning30 = submit(prescriber, body(cohort, TestCohorts.START.minusYears(30), false, "V", true, 0)).statusCode(201).extract().path("id");
        given().auth().oauth2(prescriber).get("/api/v1/applications/" + turning30 + "/eligibility").then().statusCode(200)
                .body("eligible", nullValue()).body("withheld", equalTo(true));
    }

    @Test
    void a_moved_cohort_start_leaves_the_same_trace_for_partners_with_or_without_rqth() {
        UUID cohort = TestCohorts.open(12);
        String prescriber = prescriberToken(UUID.randomUUID());
        LocalDate thirtiethBirthday = TestCohorts.START.plusWeeks(2);
        String withRqth = submit(prescriber, body(cohort, thirtiethBirthday.minusYears(30), true, "V", true, 0)).statusCode(201).extract().path("id");
        String without = submit(prescriber, body(cohort, thirtiethBirthday.minusYears(30), false, "V", true, 0)).statusCode(201).extract().path("id");

        TestCohorts.announce(cohort, "CohortUpdated.v1", TestCohorts.START.plusWeeks(4), 12, "OPEN");

        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + without).then().statusCode(200)
                .body("history.step", hasItem("ELIGIBILITY_REEVALUATED"));
        for (String reader : new String[] {prescriber, MANAGER}) {
            JsonPath a = given().auth().oauth2(reader).get("/api/v1/applications/" + withRqth).then().statusCode(200).extract().jsonPath();
            JsonPath b = given().auth().oauth2(reader).get("/api/v1/applications/" + without).then().statusCode(200).extract().jsonPath();
            assertEquals(b.getList("history.step"), a.getList("history.step"));
            assertEquals(List.of("SUBMITTED"), a.getList("history.step"));
            assertEquals(b.getMap("eligibility"), a.getMap("eligibility"));
            assertEquals(Boolean.TRUE, a.getBoolean("eligibility.withheld"));
            assertEquals(b.getLong("version"), a.getLong("version"));
        }
    }
}
