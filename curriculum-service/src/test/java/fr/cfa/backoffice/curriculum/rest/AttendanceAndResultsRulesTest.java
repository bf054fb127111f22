package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.curriculum.events.OutboxRows;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The rules of amendments, unknown modules, learners who dropped out and completed trainings. Each test has its own
 * cohort from Monday 12 January 2026 (past), centre week 1 then employer week, with two learners (CohortWithTwoLearners).
 */
@QuarkusTest
class AttendanceAndResultsRulesTest extends CohortWithTwoLearners {
    static final String V1 = "6d1c3c5e-36b1-4b8e-9a2f-36241a000001";
    static final String WITHOUT_M8 = "6d1c3c5e-36b1-4b8e-9a2f-36241a000003";

    @Inject
    AgroalDataSource dataSource;

    static final String MODULES_BUT_THE_EXAM[] = {"M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8"};

    ValidatableResponse amend(String sheetId, String enrollmentId, String mark, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"enrollmentId\":\"" + enrollmentId + "\",\"mark\":\"" + mark + "\",\"reason\":\"Checked against the signed sheet\"}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets/" + sheetId + "/amendments").then();
    }

    ValidatableResponse sheetOfModule(String module) {
        return given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"date\":\"2026-01-13\",\"halfDay\":\"MORNING\",\"moduleCode\":\"" + module + "\",\"trainer\":\"tom.trainer\",\"marks\":["
                        + "{\"enrollmentId\":\"" + a + "\",\"mark\":\"PRESENT\"},{\"enrollmentId\":\"" + b + "\",\"mark\":\"PRESENT\"}]}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets").then();
    }

    /** The sheet's marks as they stand, as "enrollment:mark:amended". */
    List<String> marksOf(String sheetId) {
        List<String> enrollment = given().auth().oauth2(TRAINER).get("/api/v1/cohorts/" + cohortId + "/attendance-sheets/" + sheetId).then()
                .statusCode(200).extract().path("marks.collect { it.enrollmentId + ':' + it.mark + ':' + it.amended }");
        return enrollment.stream().sorted().toList();
    }

    long published(UUID candidate, String type) {
        OutboxRows.awaitAllPublished(candidate.toString());
        List<ConsumerRecord<String, String>> raw = KafkaTestClient.recordsBeforeSentinel(CurriculumTopics.LEARNERS, candidate.toString(), Duration.ofSeconds(20));
        return raw.stream().filter(r -> r.value().contains("\"type\":\"" + type + "\"")).count();
    }

    void withdraw(UUID candidate) {
        KafkaTestClient.send("admissions.applications", candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service",
                "CandidateWithdrawn.v1", candidate, "{\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohortId
                        + "\",\"previousStatus\":\"ADMITTED\",\"withdrawnAt\":\"2026-01-12T18:00:00+01:00\"}"));
    }

    // amendments

    @Test
    void an_amendment_for_a_learner_not_on_the_sheet_is_refused_and_the_sheet_is_unchanged() {
        cohortWithTwoLearners();
        String sheetId = sheet("2026-01-13", "MORNING", "PRESENT", "UNJUSTIFIED_ABSENCE").statusCode(201).extract().path("id");
        List<String> before = marksOf(sheetId);
        String notOnTheSheet = UUID.randomUUID().toString();

        amend(sheetId, notOnTheSheet, "PRESENT", TRAINER).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:learner-not-on-sheet"))
                .body("enrollmentId", equalTo(notOnTheSheet))
                .body("detail", containsString(notOnTheSheet));

        assertEquals(before, marksOf(sheetId));
        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + b + "/attendance").then().statusCode(200)
                .body("unjustifiedAbsences", equalTo(1)).body("marks[0].amended", equalTo(false));
    }

    @Test
    void an_amendment_of_a_sheet_that_is_not_the_cohort_s_is_a_404() {
        cohortWithTwoLearners();
        String sheetId = sheet("2026-01-13", "MORNING", "PRESENT", "UNJUSTIFIED_ABSENCE").statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();
        amend(unknown, b, "PRESENT", TRAINER).statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:not-found")).body("detail", containsString(unknown));
        // the right sheet, under another cohort
        String otherCohort = cohortId;
        cohortWithTwoLearners();
        given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"enrollmentId\":\"" + b + "\",\"mark\":\"PRESENT\",\"reason\":\"r\"}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets/" + sheetId + "/amendments").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:not-found"));
        given().auth().oauth2(TRAINER).get("/api/v1/cohorts/" + otherCohort + "/attendance-sheets/" + sheetId).then().statusCode(200)
                .body("marks.amended", contains(false, false));
    }

    @Test
    void only_a_trainer_may_amend_a_mark() {
        cohortWithTwoLearners();
        String sheetId = sheet("2026-01-13", "MORNING", "PRESENT", "UNJUSTIFIED_ABSENCE").statusCode(201).extract().path("id");
        List<String> before = marksOf(sheetId);
        for (String role : List.of("manager", "placement-officer", "certification-officer")) {
            amend(sheetId, b, "PRESENT", TestTokens.forRole(role)).statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("urn:cfa:problem:forbidden"));
        }
        assertEquals(before, marksOf(sheetId), "no mark amended");
    }

    @Test
    void an_amendment_that_brings_the_attendance_to_the_minimum_completes_the_training_once() {
        cohortWithTwoLearners();
        sheet("2026-01-13", "MORNING", "PRESENT", "PRESENT").statusCode(201);
        String sheetId = sheet("2026-01-13", "AFTERNOON", "UNJUSTIFIED_ABSENCE", "PRESENT").statusCode(201).extract().path("id"); // A at 50 %
        for (String module : MODULES_BUT_THE_EXAM) result(a, module, "ACQUIRED").statusCode(200);
        assertEquals(0, published(candidateA, "TrainingCompleted.v1"), "every module acquired, but 50 % attendance");

        amend(sheetId, a, "PRESENT", TRAINER).statusCode(201);

        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + a + "/attendance").then().statusCode(200).body("ratePercent", equalTo(100));
        assertEquals(1, published(candidateA, "TrainingCompleted.v1"), "completed by the amendment, once");
        amend(sheetId, a, "LATE", TRAINER).statusCode(201); // still at the minimum: nothing more to announce
        assertEquals(1, published(candidateA, "TrainingCompleted.v1"));
    }

    // modules

    /**
     * This test's cohort moved onto a programme version without M8 (inactive reference data, as a revision could leave
     * it): the codes M1 to M9 pass validation, and M8 is outside the cohort's programme. No other cohort is touched.
     */
    void onAProgrammeWithoutM8() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into programme_version select '" + WITHOUT_M8 + "', code, 3, title, rncp_code, level, certifier, registered_until, "
                    + "center_weeks, employer_weeks, false from programme_version where id = '" + V1 + "' on conflict do nothing");
            s.execute("insert into ccp select '" + WITHOUT_M8 + "', code, title, position from ccp where programme_version_id = '" + V1 + "' on conflict do nothing");
            s.execute("insert into programme_module select '" + WITHOUT_M8 + "', code, title, position, planned_hours, ccp_code, certification_exam "
                    + "from programme_module where programme_version_id = '" + V1 + "' and code <> 'M8' on conflict do nothing");
            s.execute("update cohort set programme_version_id = '" + WITHOUT_M8 + "' where id = '" + cohortId + "'");
        }
    }

    @Test
    void a_sheet_for_a_module_outside_the_cohort_s_programme_is_refused_and_nothing_is_stored() throws Exception {
        cohortWithTwoLearners();
        onAProgrammeWithoutM8();
        sheetOfModule("M8").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:unknown-module"))
                .body("moduleCode", equalTo("M8"));
        sheetOfModule("M0").statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:validation-failed")).body("errors.field", contains("moduleCode"));
        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + a + "/attendance").then().statusCode(200).body("sessions", equalTo(0));
        sheetOfModule("M1").statusCode(201); // the half-day is still free
    }

    @Test
    void a_result_for_a_module_outside_the_cohort_s_programme_is_a_404_and_nothing_is_stored() throws Exception {
        cohortWithTwoLearners();
        onAProgrammeWithoutM8();
        for (String module : List.of("M8", "M0")) {
            result(a, module, "ACQUIRED").statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("urn:cfa:problem:not-found")).body("detail", containsString(module));
        }
        assertEquals(0, published(candidateA, "ModuleCompleted.v1"));
        result(a, "M1", "IN_PROGRESS").statusCode(200).body("version", equalTo(0));
    }

    // learners who dropped out

    @Test
    void a_learner_who_abandoned_is_left_off_the_sheets_and_cannot_be_given_a_result() {
        cohortWithTwoLearners();
        withdraw(candidateB);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + b).then().statusCode(200).body("status", equalTo("ABANDON")));

        sheet("2026-01-13", "MORNING", "PRESENT", "PRESENT").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:learner-not-in-cohort")).body("enrollmentIds", contains(b));
        sheet("2026-01-13", "MORNING", "PRESENT", null).statusCode(201)
                .body("marks.enrollmentId", contains(a));
        result(b, "M1", "ACQUIRED").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:illegal-transition")).body("currentState", equalTo("ABANDON"));

        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + b + "/attendance").then().statusCode(200).body("sessions", equalTo(0));
        assertEquals(0, published(candidateB, "ModuleCompleted.v1"));
    }

    // completed trainings

    @Test
    void an_acquired_module_cannot_be_withdrawn_once_the_training_is_completed() {
        cohortWithTwoLearners();
        sheet("2026-01-13", "MORNING", "PRESENT", "PRESENT").statusCode(201);
        String etag = null;
        for (String module : MODULES_BUT_THE_EXAM) etag = result(a, module, "ACQUIRED").statusCode(200).extract().header("ETag");
        assertEquals(1, published(candidateA, "TrainingCompleted.v1"));

        for (String outcome : List.of("NOT_ACQUIRED", "IN_PROGRESS")) {
            result(a, "M8", outcome).statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("urn:cfa:problem:training-already-completed"))
                    .body("detail", containsString("an acquired module can no longer be withdrawn"));
        }
        // nothing stored: the last ETag still matches
        given().auth().oauth2(TRAINER).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"outcome\":\"ACQUIRED\",\"score\":16,\"assessedOn\":\"2026-11-20\",\"assessor\":\"tom.trainer\"}")
                .put("/api/v1/enrollments/" + a + "/modules/M8/result").then().statusCode(200).body("outcome", equalTo("ACQUIRED"));
        // a module that was not acquired yet can still be recorded
        result(a, "M9", "NOT_ACQUIRED").statusCode(200);
        assertEquals(1, published(candidateA, "TrainingCompleted.v1"));
    }
}
