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

@QuarkusTest
class AttendanceAndResultsTest extends CohortWithTwoLearners {
    @Test
    void a_sheet_dated_tomorrow_is_refused_as_a_date_in_the_future_and_nothing_is_stored() {
        blockCohortStartedThreeWeeksAgo();
        assertDateInFuture(sheet(today().plusDays(1).toString(), "MORNING", "PRESENT", "PRESENT"), "date");
        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + a + "/attendance").then().statusCode(200).body("sessions", equalTo(0));
    }

    @Test
    void last_weeks_sheet_is_accepted_and_says_who_recorded_it_and_when() {
        blockCohortStartedThreeWeeksAgo();
        LocalDate lastWeek = aWorkingDayOfLastWeek();
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        String recordedAt = sheet(lastWeek.toString(), "AFTERNOON", "PRESENT", "LATE").statusCode(201)
                .body("date", equalTo(lastWeek.toString()))
                .body("recordedBy", equalTo("tom.trainer"))
                .extract().path("recordedAt");
        OffsetDateTime at = OffsetDateTime.parse(recordedAt);
        assertTrue(!at.isBefore(before) && !at.isAfter(OffsetDateTime.now().plusSeconds(1)), "recorded at " + at);
    }

    @Test
    void a_result_assessed_tomorrow_is_refused_as_a_date_in_the_future_and_nothing_is_stored() {
        cohortWithTwoLearners();
        assertDateInFuture(result(a, "M1", "ACQUIRED", today().plusDays(1).toString()), "assessedOn");
        // nothing stored: the first result recorded after it is version 0
        result(a, "M1", "IN_PROGRESS", today().toString()).statusCode(200).body("version", equalTo(0));
    }

    @Test
    void a_result_assessed_in_the_past_is_accepted_and_says_who_recorded_it_and_when() {
        cohortWithTwoLearners();
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        String recordedAt = result(a, "M3", "ACQUIRED", today().minusDays(7).toString()).statusCode(200)
                .body("assessedOn", equalTo(today().minusDays(7).toString()))
                .body("recordedBy", equalTo("tom.trainer"))
                .extract().path("recordedAt");
        OffsetDateTime at = OffsetDateTime.parse(recordedAt);
        assertTrue(!at.isBefore(before) && !at.isAfter(OffsetDateTime.now().plusSeconds(1)), "recorded at " + at);
    }

    @Test
    void bad_sheets_are_refused_each_with_its_problem_type_and_nothing_is_stored() {
        cohortWithTwoLearners();
        String location = sheet("2026-01-13", "MORNING", "PRESENT", "LATE").statusCode(201)
                .body("marks.size()", equalTo(2)).extract().header("Location");
        given().auth().oauth2(TestTokens.forRole("manager")).get(location).then().statusCode(200).body("date", equalTo("2026-01-13"));

        sheet("2026-01-13", "MORNING", "PRESENT", "PRESENT").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:duplicate-attendance-sheet"));
        sheet("2026-01-20", "MORNING", "PRESENT", "PRESENT").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-outside-center-weeks")).body("detail", containsString("employer"));
        sheet("2026-01-17", "MORNING", "PRESENT", "PRESENT").statusCode(422).body("detail", containsString("weekend"));
        sheet("2026-04-06", "MORNING", "PRESENT", "PRESENT").statusCode(422).body("detail", containsString("public holiday"));
        sheet("2025-12-01", "MORNING", "PRESENT", "PRESENT").statusCode(422).body("detail", containsString("outside the cohort's cycle"));
        sheet("2026-01-14", "MORNING", "PRESENT", null).statusCode(422)
                .body("type", equalTo("urn:cfa:problem:attendance-marks-missing")).body("enrollmentIds[0]", equalTo(b));
        String stranger = UUID.randomUUID().toString();
        given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"date\":\"2026-01-14\",\"halfDay\":\"MORNING\",\"moduleCode\":\"M1\",\"trainer\":\"t\",\"marks\":[{\"enrollmentId\":\"" + a
                        + "\",\"mark\":\"PRESENT\"},{\"enrollmentId\":\"" + b + "\",\"mark\":\"PRESENT\"},{\"enrollmentId\":\"" + stranger + "\",\"mark\":\"PRESENT\"}]}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets").then().statusCode(422)
                .body("type", equalTo("urn:cfa:problem:learner-not-in-cohort"));
        given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"date\":\"2026-01-14\",\"halfDay\":\"EVENING\",\"moduleCode\":\"M1\",\"trainer\":\"t\",\"marks\":[]}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets").then().statusCode(400).body("errors[0].field", equalTo("halfDay"));
        given().auth().oauth2(TestTokens.forRole("manager")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets").then().statusCode(403);

        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + a + "/attendance").then().statusCode(200)
                .body("sessions", equalTo(1)).body("ratePercent", equalTo(100));
    }

    @Test
    void the_rate_counts_present_and_late_and_a_correction_is_an_amendment_in_history() {
        cohortWithTwoLearners();
        String sheetId = sheet("2026-01-13", "MORNING", "PRESENT", "UNJUSTIFIED_ABSENCE").statusCode(201).extract().path("id");
        sheet("2026-01-13", "AFTERNOON", "LATE", "PRESENT").statusCode(201);
        sheet("2026-01-14", "MORNING", "JUSTIFIED_ABSENCE", "PRESENT").statusCode(201);
        sheet("2026-01-14", "AFTERNOON", "UNJUSTIFIED_ABSENCE", "PRESENT").statusCode(201);
        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + a + "/attendance").then().statusCode(200)
                .body("sessions", equalTo(4)).body("present", equalTo(1)).body("late", equalTo(1)).body("ratePercent", equalTo(50));

        String amended = given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"enrollmentId\":\"" + b + "\",\"mark\":\"JUSTIFIED_ABSENCE\",\"reason\":\"Medical certificate received\"}")
                .post("/api/v1/cohorts/" + cohortId + "/attendance-sheets/" + sheetId + "/amendments").then().statusCode(201)
                .body("fromMark", equalTo("UNJUSTIFIED_ABSENCE")).body("toMark", equalTo("JUSTIFIED_ABSENCE")).body("amendedBy", equalTo("tom.trainer"))
                .header("Location", endsWith("/api/v1/cohorts/" + cohortId + "/attendance-sheets/" + sheetId))
                .extract().header("Location");
        // the amendment's Location is the sheet it amended, which shows the mark corrected
        given().auth().oauth2(TRAINER).get(URI.create(amended).getPath()).then().statusCode(200)
                .body("marks.find { it.enrollmentId == '" + b + "' }.mark", equalTo("JUSTIFIED_ABSENCE"))
                .body("marks.find { it.enrollmentId == '" + b + "' }.amended", equalTo(true));
        given().auth().oauth2(TestTokens.forRole("manager")).get("/api/v1/enrollments/" + b + "/attendance").then().statusCode(200)
                .body("marks[0].mark", equalTo("JUSTIFIED_ABSENCE")).body("marks[0].amended", equalTo(true))
                .body("justifiedAbsences", equalTo(1)).body("unjustifiedAbsences", equalTo(0)).body("ratePercent", equalTo(75));

        // erasure on request: the person goes, the attendance statistics stay right
        KafkaTestClient.send("admissions.applications", candidateA.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(),
                "/admissions-service", "CandidateErased.v1", candidateA, "{\"candidateId\":\"" + candidateA + "\",\"erasedAt\":\"2027-02-01T09:00:00Z\"}"));
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + a).then().statusCode(200)
                        .body("erased", equalTo(true)).body("lastName", org.hamcrest.Matchers.nullValue()));
        given().auth().oauth2(TRAINER).get("/api/v1/enrollments/" + a + "/attendance").then().statusCode(200)
                .body("sessions", equalTo(4)).body("ratePercent", equalTo(50));
    }

    @Test
    void training_completed_fires_once_and_only_when_modules_and_attendance_both_hold() {
        cohortWithTwoLearners();
        sheet("2026-01-13", "MORNING", "PRESENT", "PRESENT").statusCode(201);
        sheet("2026-01-13", "AFTERNOON", "UNJUSTIFIED_ABSENCE", "PRESENT").statusCode(201); // A at 50 %
        for (String module : List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8")) {
            result(a, module, "ACQUIRED").statusCode(200).body("outcome", equalTo("ACQUIRED"));
        }
        result(b, "M1", "ACQUIRED").statusCode(200);
        result(b, "M2", "NOT_ACQUIRED").statusCode(200);

        sheet("2026-01-14", "MORNING", "PRESENT", "PRESENT").statusCode(201);   // 2/3 = 66 %
        sheet("2026-01-14", "AFTERNOON", "PRESENT", "PRESENT").statusCode(201); // 3/4 = 75 %
        sheet("2026-01-15", "MORNING", "PRESENT", "PRESENT").statusCode(201);   // 4/5 = 80 %: both conditions now hold
        sheet("2026-01-15", "AFTERNOON", "PRESENT", "PRESENT").statusCode(201);
        result(a, "M1", "ACQUIRED").statusCode(200); // re-recording changes nothing

        // raw records up to a later sentinel, duplicates included
        fr.cfa.backoffice.curriculum.events.OutboxRows.awaitAllPublished(candidateA.toString());
        fr.cfa.backoffice.curriculum.events.OutboxRows.awaitAllPublished(candidateB.toString());
        List<String> ofA = KafkaTestClient.recordsBeforeSentinel(CurriculumTopics.LEARNERS, candidateA.toString(), Duration.ofSeconds(20)).stream()
                .map(ConsumerRecord::value).toList();
        assertEquals(1, ofA.stream().filter(v -> v.contains("TrainingCompleted.v1")).count(), "TrainingCompleted exactly once");
        assertEquals(8, ofA.stream().filter(v -> v.contains("ModuleCompleted.v1")).count(), "one ModuleCompleted per acquired module");
        String completed = ofA.stream().filter(v -> v.contains("TrainingCompleted.v1")).findFirst().orElseThrow();
        assertEquals(true, completed.contains("\"attendancePercent\":80"), completed);
        List<String> ofB = KafkaTestClient.recordsBeforeSentinel(CurriculumTopics.LEARNERS, candidateB.toString(), Duration.ofSeconds(20)).stream()
                .map(ConsumerRecord::value).toList();
        assertEquals(1, ofB.stream().filter(v -> v.contains("ModuleCompleted.v1")).count(), "B acquired M1 only");
        assertEquals(0, ofB.stream().filter(v -> v.contains("TrainingCompleted.v1")).count(), "B has modules missing");
    }

    @Test
    void results_are_validated() {
        cohortWithTwoLearners();
        given().auth().oauth2(TRAINER).contentType(ContentType.JSON)
                .body("{\"outcome\":\"ACQUIRED\",\"score\":25,\"assessedOn\":\"2026-11-20\",\"assessor\":\"t\"}")
                .put("/api/v1/enrollments/" + a + "/modules/M1/result").then().statusCode(400).body("errors[0].field", equalTo("score"));
        result(a, "M0", "ACQUIRED").statusCode(404).contentType(PROBLEM);
        result(UUID.randomUUID().toString(), "M1", "ACQUIRED").statusCode(404);
        given().auth().oauth2(TestTokens.forRole("manager")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"ACQUIRED\",\"assessedOn\":\"2026-11-20\",\"assessor\":\"t\"}")
                .put("/api/v1/enrollments/" + a + "/modules/M1/result").then().statusCode(403);
        String etag = result(a, "M2", "IN_PROGRESS").statusCode(200).extract().header("ETag");
        result(a, "M2", "ACQUIRED").statusCode(200);
        given().auth().oauth2(TRAINER).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"outcome\":\"NOT_ACQUIRED\",\"assessedOn\":\"2026-11-20\",\"assessor\":\"t\"}")
                .put("/api/v1/enrollments/" + a + "/modules/M2/result").then().statusCode(412);
    }
}
