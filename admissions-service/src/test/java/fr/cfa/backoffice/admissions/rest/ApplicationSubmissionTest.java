package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.eligibleBody;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.admissions.ApplicationsApi;
import fr.cfa.backoffice.admissions.TestCohorts;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApplicationSubmissionTest {
    static final String PROBLEM = "application/problem+json";

    /** The suite's clock (Europe/Paris): "today" and "tomorrow" as the application judges them. */
    @Inject
    Clock clock;

    static int countInCohort(UUID cohort) {
        return given().auth().oauth2(TestTokens.forRole("manager")).queryParam("cohortId", cohort)
                .get("/api/v1/applications").then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void a_prescriber_submits_and_follows_its_application_without_seeing_rqth() {
        UUID cohort = TestCohorts.open(12);
        UUID prescriber = UUID.randomUUID();
        String token = prescriberToken(prescriber);
        String location = submit(token, body(cohort, TestCohorts.START.minusYears(24), true, "IV", true, 0))
                .statusCode(201)
                .header("Location", containsString("/api/v1/applications/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("channel", equalTo("PRESCRIBER"))
                .body("prescriberId", equalTo(prescriber.toString()))
                .body("candidateId", notNullValue())
                .body("eligibility.eligible", equalTo(true))
                .body("$", not(hasKey("rqth")))
                .body(not(containsString("MDPH-93-SECRET-REF")))
                .extract().header("Location");

        given().auth().oauth2(token).get(location).then().statusCode(200)
                .body("person.lastName", equalTo("Benali"))
                .body("history[0].step", equalTo("SUBMITTED"))
                .body("$", not(hasKey("rqth")))
                .body(not(containsString("MDPH-93-SECRET-REF")));
        given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/applications").then().statusCode(200)
                .body("items.prescriberId", not(hasItem(not(equalTo(prescriber.toString())))))
                .body(not(containsString("MDPH-93-SECRET-REF")));
    }

    @Test
    void only_admissions_officers_see_rqth_and_each_of_their_reads_is_audited() {
        UUID cohort = TestCohorts.open(12);
        String id = submit(OFFICER, body(cohort, TestCohorts.START.minusYears(45), true, "V", true, 0))
                .statusCode(201)
                .body("channel", equalTo("FRONT_OFFICE"))
                .body("rqth.recognised", equalTo(true))
                .body("rqth.evidenceReference", equalTo("MDPH-93-SECRET-REF"))
                .body("eligibility.eligible", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("rqth.evidenceReference", equalTo("MDPH-93-SECRET-REF"));
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("$", not(hasKey("rqth"))).body(not(containsString("MDPH-93-SECRET-REF")));
        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("cohortId", cohort).get("/api/v1/applications").then().statusCode(200)
                .body(not(containsString("MDPH-93-SECRET-REF")));

        given().auth().oauth2(TestTokens.forRole("manager")).queryParam("applicationId", id).get("/api/v1/audit/sensitive-data-reads")
                .then().statusCode(200)
                .body("items.reader", hasItem("olivia.officer"))
                .body("items.operation", hasItem("read application"))
                .body("items.reader", not(hasItem("test-manager")));
        given().auth().oauth2(OFFICER).get("/api/v1/audit/sensitive-data-reads").then().statusCode(403);
    }

    @Test
    void an_ineligible_application_is_stored_with_its_reasons() {
        UUID cohort = TestCohorts.open(12);
        String id = submit(OFFICER, body(cohort, TestCohorts.START.minusYears(30), false, "IV", false, 3))
                .statusCode(201)
                .body("eligibility.eligible", equalTo(false))
                .body("eligibility.reasons.code", hasItems("AGE_OVER_MAXIMUM", "QUALIFICATION_OR_EXPERIENCE_MISSING"))
                .extract().path("id");
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("evaluatedAgainst", equalTo(TestCohorts.START.toString()))
                .body("reasons[0].code", equalTo("AGE_OVER_MAXIMUM"))
                .body("reasons[0].message", containsString("30"));
        // Aged 30: only RQTH could change the verdict, so a manager is not told it, only the rules that do not depend on age.
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/applications/" + id + "/eligibility").then().statusCode(200)
                .body("eligible", nullValue())
                .body("withheld", equalTo(true))
                .body("evaluatedAgainst", equalTo(TestCohorts.START.toString()))
                .body("reasons.code", contains("QUALIFICATION_OR_EXPERIENCE_MISSING"));
    }

    @Test
    void eligibility_is_evaluated_again_when_the_cohort_start_moves() {
        UUID cohort = TestCohorts.open(12);
        LocalDate thirtiethBirthday = TestCohorts.START.plusWeeks(2);
        String id = submit(OFFICER, body(cohort, thirtiethBirthday.minusYears(30), false, "V", true, 0))
                .statusCode(201).body("eligibility.eligible", equalTo(true)).extract().path("id");

        TestCohorts.announce(cohort, "CohortUpdated.v1", TestCohorts.START.plusWeeks(4), 12, "OPEN");

        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("eligibility.eligible", equalTo(false))
                .body("eligibility.evaluatedAgainst", equalTo(TestCohorts.START.plusWeeks(4).toString()))
                .body("eligibility.reasons[0].code", equalTo("AGE_OVER_MAXIMUM"))
                .body("history.step", hasItem("ELIGIBILITY_REEVALUATED"));
    }

    @Test
    void an_unknown_cohort_is_a_422_and_stores_nothing() {
        UUID unknown = UUID.randomUUID();
        submit(OFFICER, eligibleBody(unknown)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:unknown-cohort"))
                .body("cohortId", equalTo(unknown.toString()));
        assertEquals(0, countInCohort(unknown));
    }

    @Test
    void a_cohort_no_longer_open_is_a_422() {
        UUID running = TestCohorts.announce(UUID.randomUUID(), "CohortScheduled.v1", TestCohorts.START, 10, "RUNNING");
        submit(OFFICER, eligibleBody(running)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:cohort-closed"));
        UUID started = TestCohorts.announce(UUID.randomUUID(), "CohortScheduled.v1", LocalDate.now(clock), 10, "OPEN");
        submit(OFFICER, eligibleBody(started)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:cohort-closed"));
        assertEquals(0, countInCohort(running) + countInCohort(started));
    }

    @Test
    void a_retried_partner_post_with_the_same_idempotency_key_creates_one_application() {
        UUID cohort = TestCohorts.open(12);
        String token = prescriberToken(UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(eligibleBody(cohort))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(eligibleBody(cohort))
                .post("/api/v1/applications").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, second);
        assertEquals(1, countInCohort(cohort));

        given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body(cohort, TestCohorts.START.minusYears(20), false, "V", true, 0))
                .post("/api/v1/applications").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:idempotency-key-reused"));
        assertEquals(1, countInCohort(cohort));
    }

    @Test
    void invalid_fields_are_listed_and_nothing_is_stored() {
        UUID cohort = TestCohorts.open(12);
        submit(OFFICER, "{\"cohortId\":\"" + cohort + "\",\"person\":{\"firstName\":\"\",\"birthDate\":\"" + LocalDate.now(clock).plusDays(1) + "\",\"email\":\"nope\"}}")
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:validation-failed"))
                .body("errors.field", hasItems("person.firstName", "person.lastName", "person.birthDate", "person.email"));
        submit(OFFICER, eligibleBody(cohort).replace("\"level\":\"V\"", "\"level\":\"X\""))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("highestQualification.level"))
                .body("errors[0].message", containsString("former V, IV"));
        submit(OFFICER, eligibleBody(cohort).replace("\"type\":\"CV\"", "\"type\":\"PASSPORT_PHOTO\""))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("documents[0].type"))
                .body("errors[0].message", containsString("COVER_LETTER"));
        submit(OFFICER, eligibleBody(cohort).replace("\"months\":0", "\"months\":\"many\""))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("experiences[0].months"));
        assertEquals(0, countInCohort(cohort));
    }

    @Test
    void former_and_current_levels_are_both_accepted() {
        UUID cohort = TestCohorts.open(12);
        submit(OFFICER, eligibleBody(cohort).replace("\"level\":\"V\"", "\"level\":3")).statusCode(201)
                .body("highestQualification.level", equalTo("3"));
        submit(OFFICER, eligibleBody(cohort).replace("\"level\":\"V\"", "\"level\":\"niveau IV\"")).statusCode(201)
                .body("highestQualification.level", equalTo("4"));
    }

    @Test
    void a_prescriber_cannot_see_another_prescribers_application() {
        UUID cohort = TestCohorts.open(12);
        String mine = submit(prescriberToken(UUID.randomUUID()), eligibleBody(cohort)).statusCode(201).extract().path("id");
        String other = prescriberToken(UUID.randomUUID());
        given().auth().oauth2(other).get("/api/v1/applications/" + mine).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(other).get("/api/v1/applications/" + mine + "/eligibility").then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .post("/api/v1/applications/" + mine + "/withdrawal").then().statusCode(404);
        given().auth().oauth2(other).queryParam("cohortId", cohort).get("/api/v1/applications").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void roles_are_enforced() {
        UUID cohort = TestCohorts.open(12);
        submit(TestTokens.forRole("trainer"), eligibleBody(cohort)).statusCode(403).contentType(PROBLEM);
        submit(TestTokens.forRole("manager"), eligibleBody(cohort)).statusCode(403).contentType(PROBLEM);
        submit(TestTokens.forRole("prescriber"), eligibleBody(cohort)).statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("prescriber_id"));
        given().contentType(ContentType.JSON).body(eligibleBody(cohort)).post("/api/v1/applications").then().statusCode(401);
        String id = fr.cfa.backoffice.admissions.ApplicationsApi.submitEligible(cohort);
        given().auth().oauth2(prescriberToken(UUID.randomUUID())).contentType(ContentType.JSON).body("{\"outcome\":\"REJECTED\",\"reason\":\"x\"}")
                .post("/api/v1/applications/" + id + "/review").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("manager")).delete("/api/v1/candidates/" + UUID.randomUUID()).then().statusCode(403);
    }


    @Test
    void the_eligibility_check_answers_every_failed_rule_and_stores_nothing() {
        UUID cohort = TestCohorts.open(12);
        int before = countInCohort(cohort);
        given().auth().oauth2(prescriberToken(UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"cohortId\":\"" + cohort + "\",\"birthDate\":\"" + TestCohorts.START.minusYears(17) + "\","
                        + "\"highestQualification\":{\"level\":\"IV\",\"socialField\":false}}")
                .post("/api/v1/eligibility-checks").then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("reasons.code", hasItems("AGE_UNDER_MINIMUM", "QUALIFICATION_OR_EXPERIENCE_MISSING"));
        given().auth().oauth2(TestTokens.forRole("employer", "employer_id", UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body("{\"startDate\":\"2027-01-04\",\"birthDate\":\"1981-01-01\",\"rqth\":true,"
                        + "\"experiences\":[{\"role\":\"Médiateur\",\"socialOrMediation\":true,\"months\":12}]}")
                .post("/api/v1/eligibility-checks").then().statusCode(200)
                .body("eligible", equalTo(true))
                .body("evaluatedAgainst", equalTo("2027-01-04"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"birthDate\":\"1990-01-01\"}")
                .post("/api/v1/eligibility-checks").then().statusCode(400).contentType(PROBLEM);
        assertEquals(before, countInCohort(cohort));
    }

    @Test
    void an_officer_cannot_choose_the_prescriber_channel_and_nothing_is_stored() {
        UUID cohort = TestCohorts.open(12);
        submit(OFFICER, eligibleBody(cohort).replaceFirst("\\{", "{\"channel\":\"PRESCRIBER\","))
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:validation-failed"))
                .body("errors.field", contains("channel"))
                .body("errors[0].message", containsString("FRONT_OFFICE or WEB"));
        assertEquals(0, countInCohort(cohort));
        submit(OFFICER, eligibleBody(cohort).replaceFirst("\\{", "{\"channel\":\"WEB\","))
                .statusCode(201).body("channel", equalTo("WEB"));
        assertEquals(1, countInCohort(cohort));
    }

    @Test
    void a_birth_date_tomorrow_by_the_suite_clock_is_refused_and_nothing_is_stored() {
        UUID cohort = TestCohorts.open(12);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        submit(OFFICER, body(cohort, tomorrow, false, "V", true, 0))
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:validation-failed"))
                .body("errors.field", contains("person.birthDate"));
        assertEquals(0, countInCohort(cohort));
    }

    @Test
    void the_eligibility_check_on_an_unknown_cohort_is_a_422_naming_it() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(prescriberToken(UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"cohortId\":\"" + unknown + "\",\"birthDate\":\"" + TestCohorts.START.minusYears(25) + "\","
                        + "\"highestQualification\":{\"level\":\"V\",\"socialField\":true}}")
                .post("/api/v1/eligibility-checks").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:unknown-cohort"))
                .body("cohortId", equalTo(unknown.toString()))
                .body("detail", containsString(unknown.toString()));
        assertEquals(0, countInCohort(unknown));
    }
}
