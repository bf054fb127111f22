package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.placement.persistence.EvaluationRepository;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An evaluation cannot cover employer weeks that have not happened yet, and a termination is at most a month's notice
 * ahead; both dated in the past stay accepted and record when and by whom. Dates are relative to today in Paris (the
 * suite clock is real time here), never fixed years.
 */
@QuarkusTest
class FactsNotInTheFutureTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** The Monday {@code weeks} weeks before this week's Monday. */
    static LocalDate mondayWeeksBefore(LocalDate day, int weeks) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks);
    }

    /** A contract under way: its cohort started on {@code cohortStart} (a Monday), the contract a week later, at the first employer week. */
    record UnderWay(String contractId, UUID candidate, String employerToken, LocalDate contractStart, LocalDate lastEmployerDay) {}

    static UnderWay contractUnderWay(LocalDate cohortStart) {
        UUID candidate = UUID.randomUUID();
        TestData.cohortWithLearner(cohortStart, candidate); // employer weeks every other week; the last one ends the cycle
        String employer = TestData.employer();
        String tutor = TestData.tutor(employer, 5, true, 24).statusCode(201).extract().path("id");
        LocalDate contractStart = cohortStart.plusWeeks(1);
        LocalDate cycleEnd = cohortStart.plusWeeks(24).minusDays(1);
        String contract = TestData.sign(candidate, employer, tutor, contractStart.toString(), cycleEnd.plusDays(7).toString())
                .statusCode(201).extract().path("id");
        return new UnderWay(contract, candidate, TestTokens.forUser("employer", "tina.tutor", "employer_id", employer), contractStart, cycleEnd);
    }

    static ValidatableResponse evaluate(UnderWay c, String token, LocalDate to, boolean finalReview) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"periodFrom\":\"" + c.contractStart() + "\",\"periodTo\":\"" + to + "\",\"ratings\":" + TestData.ALL_RATINGS
                        + ",\"comments\":\"bien\",\"finalReview\":" + finalReview + "}")
                .post("/api/v1/contracts/" + c.contractId() + "/evaluations").then();
    }

    static ValidatableResponse terminate(UnderWay c, String token, LocalDate date, String ground) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"date\":\"" + date + "\",\"initiator\":\"BOTH\",\"ground\":\"" + ground + "\",\"reason\":\"agreed\"," + TestData.informedToday() + "}")
                .post("/api/v1/contracts/" + c.contractId() + "/termination").then();
    }

    static long evaluationsOf(String contractId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EvaluationRepository.class).get().count("contractId", UUID.fromString(contractId)));
    }

    static void recentlyRecorded(String recordedAt) {
        Duration age = Duration.between(OffsetDateTime.parse(recordedAt), OffsetDateTime.now(PARIS));
        assertTrue(age.abs().compareTo(Duration.ofMinutes(5)) < 0, "recorded at " + recordedAt);
    }

    @Test
    void an_evaluation_whose_period_ends_tomorrow_is_refused_naming_period_to() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        evaluate(c, c.employerToken(), today().plusDays(1), false).statusCode(422).contentType(TestData.PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-in-future"))
                .body("errors.field", hasItem("periodTo"));
        assertEquals(0, evaluationsOf(c.contractId()), "nothing stored");
    }

    @Test
    void an_evaluation_whose_period_ends_today_is_recorded_with_when_and_by_whom() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        String recordedAt = evaluate(c, c.employerToken(), today(), false).statusCode(201)
                .body("periodTo", equalTo(today().toString()))
                .body("recordedBy", equalTo("tina.tutor"))
                .body("recordedAt", notNullValue())
                .extract().path("recordedAt");
        recentlyRecorded(recordedAt);
    }

    @Test
    void an_evaluation_of_weeks_long_past_is_recorded_with_when_and_by_whom() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        String recordedAt = evaluate(c, TestData.OFFICER, c.contractStart().plusDays(6), false).statusCode(201)
                .body("recordedBy", equalTo("paul.placement"))
                .extract().path("recordedAt");
        recentlyRecorded(recordedAt);
    }

    @Test
    void a_termination_more_than_30_days_ahead_is_refused_naming_date() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        terminate(c, TestData.OFFICER, today().plusDays(31), "MUTUAL_AGREEMENT").statusCode(422).contentType(TestData.PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-in-future"))
                .body("errors.field", hasItem("date"));
        given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + c.contractId()).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("terminatedOn", nullValue());
    }

    @Test
    void a_termination_30_days_ahead_is_recorded_with_when_and_by_whom() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        String recordedAt = terminate(c, TestData.OFFICER, today().plusDays(30), "MUTUAL_AGREEMENT").statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("terminatedOn", equalTo(today().plusDays(30).toString()))
                .body("terminationRecordedBy", equalTo("paul.placement"))
                .extract().path("terminationRecordedAt");
        recentlyRecorded(recordedAt);
    }

    @Test
    void a_termination_dated_in_the_past_is_recorded_with_when_and_by_whom() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        LocalDate lastWeek = c.contractStart().plusDays(6); // Sunday after 5 days at the employer: still free
        String recordedAt = terminate(c, c.employerToken(), lastWeek, "FREE_DURING_FIRST_45_DAYS").statusCode(200)
                .body("terminatedOn", equalTo(lastWeek.toString()))
                .body("terminationRecordedBy", equalTo("tina.tutor"))
                .extract().path("terminationRecordedAt");
        recentlyRecorded(recordedAt);
        given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + c.contractId()).then().statusCode(200)
                .body("terminationRecordedBy", equalTo("tina.tutor")).body("terminationRecordedAt", notNullValue());
    }

    @Test
    void the_opco_or_ddets_and_the_cfa_informed_in_the_past_are_recorded_with_when_and_by_whom() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        LocalDate ended = c.contractStart().plusDays(6);
        TestData.terminate(TestData.OFFICER, c.contractId(), "{\"date\":\"" + ended + "\",\"initiator\":\"EMPLOYER\",\"ground\":"
                + "\"FREE_DURING_FIRST_45_DAYS\",\"reason\":\"x\",\"filingBodyInformedOn\":\"" + ended.plusDays(1) + "\",\"cfaInformedOn\":\""
                + ended.plusDays(2) + "\"}").statusCode(200);
        given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + c.contractId()).then().statusCode(200)
                .body("termination.filingBodyInformedOn", equalTo(ended.plusDays(1).toString()))
                .body("termination.cfaInformedOn", equalTo(ended.plusDays(2).toString()))
                .body("termination.recordedBy", equalTo("paul.placement")).body("termination.recordedAt", notNullValue());
    }

    @Test
    void the_cfa_informed_tomorrow_is_refused_naming_cfa_informed_on() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        TestData.terminate(TestData.OFFICER, c.contractId(), "{\"date\":\"" + today() + "\",\"initiator\":\"BOTH\",\"ground\":"
                + "\"MUTUAL_AGREEMENT\",\"reason\":\"x\",\"filingBodyInformedOn\":\"" + today() + "\",\"cfaInformedOn\":\""
                + today().plusDays(1) + "\"}").statusCode(422).contentType(TestData.PROBLEM)
                .body("type", equalTo("urn:cfa:problem:date-in-future")).body("errors.field", hasItem("cfaInformedOn"));
        given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + c.contractId()).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("termination", nullValue());
    }

    @Test
    void a_termination_without_the_opco_or_ddets_informed_is_a_validation_error() {
        UnderWay c = contractUnderWay(mondayWeeksBefore(today(), 4));
        TestData.terminate(TestData.OFFICER, c.contractId(), "{\"date\":\"" + today() + "\",\"initiator\":\"BOTH\",\"ground\":"
                + "\"MUTUAL_AGREEMENT\",\"reason\":\"x\",\"cfaInformedOn\":\"" + today() + "\"}").statusCode(400).contentType(TestData.PROBLEM)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("filingBodyInformedOn")));
    }
}
