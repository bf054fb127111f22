package fr.cfa.backoffice.admissions.events;

import static fr.cfa.backoffice.admissions.ApplicationsApi.OFFICER;
import static fr.cfa.backoffice.admissions.ApplicationsApi.body;
import static fr.cfa.backoffice.admissions.ApplicationsApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.admissions.TestCohorts;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Eligibility is judged on the cohort's start date, so a start moved by CohortUpdated re-evaluates the cohort's open files, both
 * ways: here, a file refused on age becomes eligible, and its history says why (docs/rules.md, "Admission", age).
 */
@QuarkusTest
class EligibilityReevaluationTest {

    static String submitted(UUID cohort, LocalDate birthDate, String refusedFor) {
        return submit(OFFICER, body(cohort, birthDate, false, "V", true, 0)).statusCode(201)
                .body("eligibility.eligible", equalTo(false))
                .body("eligibility.reasons.code", contains(refusedFor))
                .extract().path("id");
    }

    static void assertNowEligible(String id, LocalDate newStart) {
        given().auth().oauth2(OFFICER).get("/api/v1/applications/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("eligibility.eligible", equalTo(true))
                .body("eligibility.reasons", empty())
                .body("eligibility.evaluatedAgainst", equalTo(newStart.toString()))
                .body("history.step", contains("SUBMITTED", "ELIGIBILITY_REEVALUATED"))
                .body("history[1].actor", equalTo("system"))
                .body("history[1].toStatus", equalTo("SUBMITTED"))
                .body("history[1].reason", equalTo("cohort start moved to " + newStart + "; now eligible"));
    }

    @Test
    void a_start_moved_earlier_makes_a_candidate_too_old_on_the_first_start_eligible() {
        UUID cohort = TestCohorts.open(12);
        LocalDate thirtiethBirthday = TestCohorts.START.minusWeeks(2); // 30 on the first start, 29 on the day before the birthday
        String id = submitted(cohort, thirtiethBirthday.minusYears(30), "AGE_OVER_MAXIMUM");

        LocalDate newStart = thirtiethBirthday.minusDays(1);
        TestCohorts.announce(cohort, "CohortUpdated.v1", newStart, 12, "OPEN");

        assertNowEligible(id, newStart);
    }

    @Test
    void a_start_moved_later_makes_a_candidate_too_young_on_the_first_start_eligible() {
        UUID cohort = TestCohorts.open(12);
        LocalDate eighteenthBirthday = TestCohorts.START.plusWeeks(2); // 17 on the first start, 18 on the new one
        String id = submitted(cohort, eighteenthBirthday.minusYears(18), "AGE_UNDER_MINIMUM");

        TestCohorts.announce(cohort, "CohortUpdated.v1", eighteenthBirthday, 12, "OPEN");

        assertNowEligible(id, eighteenthBirthday);
    }
}
