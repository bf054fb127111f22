package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.curriculum.domain.calendar.FrenchPublicHolidays;
import fr.cfa.backoffice.curriculum.events.contract.CurriculumTopics;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Test data for attendance and results: a cohort with two learners admitted by admissions, and the sheets and results a
 * trainer records for them. Each test builds its own cohort.
 */
abstract class CohortWithTwoLearners {
    static final String PROBLEM = "application/problem+json";
    static final String TRAINER = TestTokens.forUser("trainer", "tom.trainer");

    String cohortId;
    UUID candidateA;
    UUID candidateB;
    String a;
    String b;

    /** A cohort from Monday 12 January 2026 (past whatever today is), 1 centre week / 1 employer week, with two learners admitted by admissions. */
    void cohortWithTwoLearners() {
        cohortWithTwoLearners("2026-01-12", "");
    }

    void cohortWithTwoLearners(String start, String rhythm) {
        cohortId = given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"code\":\"ATT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "\",\"startDate\":\"" + start
                        + "\",\"capacity\":30" + rhythm + "}")
                .post("/api/v1/cohorts").then().statusCode(201).extract().path("id");
        candidateA = UUID.randomUUID();
        candidateB = UUID.randomUUID();
        for (UUID c : List.of(candidateA, candidateB)) {
            KafkaTestClient.send("admissions.applications", c.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service",
                    "CandidateAdmitted.v1", c, "{\"candidateId\":\"" + c + "\",\"cohortId\":\"" + cohortId + "\",\"firstName\":\"L\",\"lastName\":\"" + c
                            + "\",\"birthDate\":\"2001-01-01\",\"admittedAt\":\"2025-12-01T10:00:00Z\"}"));
        }
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TRAINER).get("/api/v1/cohorts/" + cohortId + "/enrollments").then().body("totalItems", equalTo(2)));
        var items = given().auth().oauth2(TRAINER).get("/api/v1/cohorts/" + cohortId + "/enrollments").then().extract().jsonPath();
        a = items.getString("items.find { it.candidateId == '" + candidateA + "' }.id");
        b = items.getString("items.find { it.candidateId == '" + candidateB + "' }.id");
    }

    ValidatableResponse sheet(String date, String halfDay, String markA, String markB) {
        String marks = "[{\"enrollmentId\":\"" + a + "\",\"mark\":\"" + markA + "\"}"
                + (markB == null ? "" : ",{\"enrollmentId\":\"" + b + "\",\"mark\":\"" + markB + "\"}") + "]";
        return given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"date\":\"" + date + "\",\"halfDay\":\"" + halfDay + "\",\"moduleCode\":\"M1\",\"trainer\":\"tom.trainer\",\"marks\":" + marks + "}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets").then();
    }

    ValidatableResponse result(String enrollment, String module, String outcome) {
        return result(enrollment, module, outcome, "2026-11-20");
    }

    ValidatableResponse result(String enrollment, String module, String outcome, String assessedOn) {
        return given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"outcome\":\"" + outcome + "\",\"score\":14.5,\"assessedOn\":\"" + assessedOn + "\",\"assessor\":\"tom.trainer\"}")
                .put("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/result").then();
    }

    /** Today at the centre; the test's JVM runs the application, so this is the application's real-time clock. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /**
     * A cohort whose 11 centre weeks come first (a block) and started three weeks ago: last week and the next
     * weeks are all centre weeks, whatever today is.
     */
    void blockCohortStartedThreeWeeksAgo() {
        LocalDate start = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
        cohortWithTwoLearners(start.toString(), ",\"rhythm\":{\"initialCenterWeeks\":11,\"centerWeeks\":1,\"employerWeeks\":1}");
    }

    /** A weekday of last week that is not a public holiday. */
    static LocalDate aWorkingDayOfLastWeek() {
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        for (LocalDate day = monday; day.isBefore(monday.plusDays(5)); day = day.plusDays(1)) {
            if (!FrenchPublicHolidays.of(day.getYear()).containsKey(day)) return day;
        }
        throw new AssertionError("no working day in the week of " + monday);
    }

    static void assertDateInFuture(ValidatableResponse response, String field) {
        response.statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-in-future"))
                .body("errors.field", contains(field));
    }

}
