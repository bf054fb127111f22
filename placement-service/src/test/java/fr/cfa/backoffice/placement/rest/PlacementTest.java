package fr.cfa.backoffice.placement.rest;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.platform.testing.OpenApiAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One short journey through placement; each rule has its own test class (ContractSigningTest, ContractTerminationTest, …). */
@QuarkusTest
public class PlacementTest {
    /** The /api operations placement serves: contracts 5, employers 4, learners 1, offers 4. */
    static final int OPERATIONS = 21;

    @Test
    void an_admitted_learner_is_placed_under_contract_and_the_contract_ends_by_mutual_agreement() {
        UUID candidate = UUID.randomUUID();
        LocalDate cohortStart = TestData.mondayWeeksAgo(10);
        UUID cohort = TestData.cohortWithLearner(cohortStart, candidate);
        String employer = TestData.employer();
        String tutor = TestData.qualifiedTutor(employer);

        String contract = TestData.sign(candidate, employer, tutor, cohortStart.plusWeeks(1).toString(), cohortStart.plusWeeks(25).toString())
                .statusCode(201).body("status", equalTo("ACTIVE")).body("learnerLastName", equalTo("Benali")).extract().path("id");
        given().auth().oauth2(OFFICER).queryParam("cohortId", cohort).queryParam("withoutContract", true).get("/api/v1/learners").then()
                .statusCode(200).body("totalItems", equalTo(0));
        TestData.assertPublishedOnce(candidate, ContractSignedV2.TYPE);

        TestData.terminate(OFFICER, contract, TestData.today(), "BOTH", "MUTUAL_AGREEMENT").statusCode(200)
                .body("status", equalTo("TERMINATED")).body("terminatedOn", equalTo(TestData.today().toString()));
        TestData.assertPublishedOnce(candidate, ContractTerminatedV1.TYPE);
    }

    @Test
    void every_operation_is_documented() {
        OpenApiAssertions.assertEveryOperationDocumented(OPERATIONS);
    }
}
