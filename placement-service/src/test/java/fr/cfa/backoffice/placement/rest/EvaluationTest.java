package fr.cfa.backoffice.placement.rest;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static fr.cfa.backoffice.placement.rest.TestData.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.placement.events.contract.EmployerPeriodCompletedV1;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The final evaluation after the last employer week completes the employer period, once; every activity is rated. */
@QuarkusTest
class EvaluationTest {
    static final String EVALUATION = "{\"periodFrom\":\"%s\",\"periodTo\":\"%s\",\"ratings\":" + TestData.ALL_RATINGS + ",\"comments\":\"bien\",\"finalReview\":%s}";

    /** A cohort whose 24 weeks are all past (it started 30 weeks ago): its last employer week is the 24th. */
    static final class Finished {
        final UUID candidate = UUID.randomUUID();
        final LocalDate cohortStart = TestData.mondayWeeksAgo(30);
        final UUID cohort = TestData.cohortWithLearner(cohortStart, candidate);
        final String employer = TestData.employer();
        final String tutor = TestData.qualifiedTutor(employer);
        final LocalDate contractStart = cohortStart.plusWeeks(1);
        final String contract = TestData.sign(candidate, employer, tutor, contractStart.toString(), cohortStart.plusWeeks(25).toString())
                .statusCode(201).extract().path("id");
        final LocalDate lastEmployerDay = cohortStart.plusWeeks(23).plusDays(6);
        final String employerToken = TestTokens.forUser("employer", "tina.tutor", "employer_id", employer);

        ValidatableResponse evaluate(String token, LocalDate to, boolean finalReview) {
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(EVALUATION.formatted(contractStart, to, finalReview))
                    .post("/api/v1/contracts/" + contract + "/evaluations").then().log().ifValidationFails();
        }

        void assertCompleted(boolean completed) {
            given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract).then().statusCode(200).body("employerPeriodCompleted", equalTo(completed));
        }
    }

    @Test
    void an_evaluation_records_who_made_it() {
        Finished f = new Finished();
        f.evaluate(f.employerToken, f.contractStart.plusWeeks(6), false).statusCode(201).body("evaluatedBy", equalTo("tina.tutor"));
        f.assertCompleted(false);
    }

    @Test
    void a_final_review_ending_the_day_before_the_last_employer_day_does_not_complete_the_period() {
        Finished f = new Finished();
        f.evaluate(f.employerToken, f.lastEmployerDay.minusDays(1), true).statusCode(201);
        f.assertCompleted(false);
        assertEquals(java.util.List.of("ContractSigned.v2"), TestData.typesPublishedFor(f.candidate));
    }

    @Test
    void the_final_review_on_the_last_employer_day_completes_the_period_once_even_when_repeated() {
        Finished f = new Finished();
        f.evaluate(f.employerToken, f.lastEmployerDay, true).statusCode(201);
        f.evaluate(OFFICER, f.lastEmployerDay, true).statusCode(201);
        f.assertCompleted(true);
        TestData.assertPublishedOnce(f.candidate, EmployerPeriodCompletedV1.TYPE);
    }

    @Test
    void an_evaluation_must_rate_every_activity() {
        Finished f = new Finished();
        given().auth().oauth2(f.employerToken).contentType(ContentType.JSON)
                .body("{\"periodFrom\":\"" + f.contractStart + "\",\"periodTo\":\"" + f.contractStart.plusWeeks(3) + "\",\"ratings\":{\"WATCH_ASSIGNED_ZONE\":\"ACQUIRED\"}}")
                .post("/api/v1/contracts/" + f.contract + "/evaluations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("everyActivityRated"));
    }
}
