package fr.cfa.backoffice.admissions.rest;

import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.PARIS;
import static fr.cfa.backoffice.admissions.ApplicationsApi.eligibleBody;
import static fr.cfa.backoffice.admissions.ApplicationsApi.prescriberToken;
import static fr.cfa.backoffice.admissions.ApplicationsApi.record;
import static fr.cfa.backoffice.admissions.ApplicationsApi.review;
import static fr.cfa.backoffice.admissions.ApplicationsApi.schedule;
import static fr.cfa.backoffice.admissions.ApplicationsApi.scheduleAt;
import static fr.cfa.backoffice.admissions.ApplicationsApi.step;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submitEligible;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.admissions.ApplicationsApi;
import fr.cfa.backoffice.admissions.TestCohorts;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 10: facts that cannot have happened yet are refused (422 date-in-future naming the field); past ones are kept with who and when. */
@QuarkusTest
class DatesNotInTheFutureTest {
    static final String PROBLEM = "application/problem+json";
    static final String OUTCOME = "{\"attended\":true,\"motivation\":4,\"jobUnderstanding\":3,\"communication\":4,\"project\":3,\"recommendation\":\"ADMIT\"}";

    @Test
    void an_interview_outcome_cannot_be_recorded_before_the_interview_takes_place() {
        String id = submitEligible(TestCohorts.open(12));
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        OffsetDateTime at = OffsetDateTime.now(PARIS).plusDays(2).withNano(0);
        scheduleAt(id, at).statusCode(200);

        step("PUT", id, "/interview", OUTCOME).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-in-future"))
                .body("errors.field", contains("interview.at"))
                .body("errors[0].message", containsString("can be recorded from then"));
        step("PUT", id, "/interview", "{\"attended\":false}").statusCode(422)
                .body("type", equalTo("urn:cfa:problem:date-in-future")); // nor can a no-show be known in advance
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("status", equalTo("INTERVIEW_SCHEDULED"))
                .body("interview", not(hasKey("attended")))
                .body("interview", not(hasKey("recordedAt")))
                .body("history.step", not(org.hamcrest.Matchers.hasItem("INTERVIEW_RECORDED")));
    }

    @Test
    void an_interview_that_took_place_is_recorded_with_who_recorded_it_and_when() {
        UUID organisation = UUID.randomUUID();
        String prescriber = prescriberToken(organisation);
        String id = submit(prescriber, eligibleBody(TestCohorts.open(12))).statusCode(201).extract().path("id");
        review(id, "ACCEPTED_FOR_INTERVIEW").statusCode(200);
        schedule(id).statusCode(200);
        OffsetDateTime before = OffsetDateTime.now(PARIS);

        String recordedAt = record(id).statusCode(200)
                .body("status", equalTo("INTERVIEWED"))
                .body("interview.recordedBy", equalTo("olivia.officer"))
                .body("interview.recordedAt", notNullValue())
                .extract().path("interview.recordedAt");
        OffsetDateTime recorded = OffsetDateTime.parse(recordedAt);
        var stored = given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("interview.recordedBy", equalTo("olivia.officer"))
                .body("history[3].step", equalTo("INTERVIEW_RECORDED"))
                .body("history[3].actor", equalTo("olivia.officer"))
                .extract();
        OffsetDateTime at = OffsetDateTime.parse(stored.path("interview.at"));
        assertEquals(micros(recorded), micros(OffsetDateTime.parse(stored.path("interview.recordedAt"))), "the stored time is the answered one");
        assertFalse(recorded.isBefore(at), "recorded at " + recorded + ", not before the interview at " + at);
        assertFalse(recorded.isBefore(before.minusSeconds(1)) || recorded.isAfter(OffsetDateTime.now(PARIS)), "recorded now: " + recorded);
        // A prescriber sees when, not which member of staff.
        given().auth().oauth2(prescriber).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("interview.recordedAt", notNullValue())
                .body("interview", not(hasKey("recordedBy")));
    }

    static java.time.Instant micros(OffsetDateTime time) {
        return time.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    @Test
    void a_document_received_tomorrow_is_refused_and_nothing_is_stored() {
        UUID cohort = TestCohorts.open(12);
        LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
        String body = eligibleBody(cohort).replace("\"documents\":[", "\"documents\":[{\"type\":\"ID_DOCUMENT\",\"receivedOn\":\"" + LocalDate.now(PARIS) + "\"},"
                + "{\"type\":\"DIPLOMA\",\"receivedOn\":\"" + tomorrow + "\"},");
        submit(OFFICER, body).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-in-future"))
                .body("errors.field", contains("documents[1].receivedOn"))
                .body("errors[0].message", containsString("today"));
        assertEquals(0, ApplicationSubmissionTest.countInCohort(cohort));
    }

    @Test
    void documents_received_today_or_earlier_are_kept_with_the_submission_who_and_when() {
        UUID cohort = TestCohorts.open(12);
        LocalDate lastYear = LocalDate.now(PARIS).minusYears(1);
        String body = eligibleBody(cohort).replace("\"documents\":[", "\"documents\":[{\"type\":\"ID_DOCUMENT\",\"receivedOn\":\"" + LocalDate.now(PARIS) + "\"},"
                + "{\"type\":\"DIPLOMA\",\"receivedOn\":\"" + lastYear + "\"},");
        String submittedAt = submit(OFFICER, body).statusCode(201)
                .body("documents.receivedOn", contains(LocalDate.now(PARIS).toString(), lastYear.toString(), ApplicationsApi.receivedLately().toString()))
                .body("submittedBy", equalTo("olivia.officer"))
                .body("submittedAt", notNullValue())
                .extract().path("submittedAt");
        assertTrue(Math.abs(java.time.Duration.between(OffsetDateTime.parse(submittedAt), OffsetDateTime.now()).toSeconds()) < 30, submittedAt);
    }

    @Test
    void a_birth_date_tomorrow_is_not_a_birth_date() {
        UUID cohort = TestCohorts.open(12);
        submit(OFFICER, eligibleBody(cohort).replace("\"birthDate\":\"" + TestCohorts.START.minusYears(25) + "\"",
                "\"birthDate\":\"" + LocalDate.now(PARIS).plusDays(1) + "\"")).statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("person.birthDate"));
        submit(OFFICER, eligibleBody(cohort).replace("\"birthDate\":\"" + TestCohorts.START.minusYears(25) + "\"",
                "\"birthDate\":\"" + LocalDate.now(PARIS).minusDays(1) + "\"")).statusCode(201)
                .body("person.birthDate", equalTo(LocalDate.now(PARIS).minusDays(1).toString()))
                .body("eligibility.eligible", equalTo(false)); // stored with its reasons, not refused
    }
}
