package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.OFFICER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cfa.backoffice.certification.persistence.CandidateRepository;
import fr.cfa.backoffice.platform.testing.InboxCounters;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The published outcomes (docs/rules.md, "Outcomes"; L6111-8): exact rates, withheld under the configured minimum denominator
 * (certification.minimum-denominator, 20 by default), by cohort and by year of the cohort's start. Each test builds its own cohorts;
 * the years used here (2043, 2044) are used by no other test.
 */
@QuarkusTest
class IndicatorsTest {
    /** The configured withholding threshold: the boundary is tested where the deployment puts it. */
    static final int MINIMUM = ConfigProvider.getConfig().getOptionalValue("certification.minimum-denominator", Integer.class).orElse(20);

    @Inject
    EntityManager em;

    @Inject
    CandidateRepository candidates;

    /** A cohort's learners and the ids of every event sent for them. */
    record Cohort(UUID id, List<UUID> learners, List<String> events) {}

    /** {@code size} learners enrolled in a new cohort, the first {@code withdrawn} of them withdrawn; waits until all is applied. */
    Cohort cohort(int size, int withdrawn, LocalDate start) {
        UUID id = UUID.randomUUID();
        List<UUID> learners = new ArrayList<>();
        List<String> events = new ArrayList<>();
        if (start != null) events.add(TestData.cohortScheduled(id, start));
        for (int i = 0; i < size; i++) {
            UUID learner = UUID.randomUUID();
            learners.add(learner);
            events.add(TestData.enrolled(learner, id));
            if (i < withdrawn) events.add(TestData.withdrawn(learner, id));
        }
        TestData.awaitAllApplied(em, events);
        return new Cohort(id, learners, events);
    }

    static ValidatableResponse indicatorsOf(UUID cohort) {
        return given().queryParam("cohort", cohort).get("/api/v1/indicators").then().statusCode(200);
    }

    static ValidatableResponse indicatorsOfYear(int year) {
        return given().queryParam("year", year).get("/api/v1/indicators").then().statusCode(200);
    }

    @Test
    void a_rate_is_withheld_one_under_the_minimum_denominator_and_published_at_it() {
        Cohort c = cohort(MINIMUM - 1, 1, null);
        indicatorsOf(c.id()).body("dropOut.withheld", equalTo(true)).body("dropOut.numerator", nullValue())
                .body("dropOut.denominator", nullValue()).body("dropOut.percent", nullValue());

        TestData.awaitApplied(em, TestData.enrolled(UUID.randomUUID(), c.id()));
        indicatorsOf(c.id()).body("dropOut.withheld", equalTo(false)).body("dropOut.numerator", equalTo(1))
                .body("dropOut.denominator", equalTo(MINIMUM)).body("dropOut.percent", equalTo((float) (Math.round(1000.0 / MINIMUM) / 10.0)));
    }

    @Test
    void a_non_zero_rate_is_published_with_its_exact_value_rounded_to_one_decimal() {
        Cohort c = cohort(MINIMUM + 1, 1, null); // 1 of 21: 4.7619… %
        List<String> contracts = new ArrayList<>();
        // the first contract was signed before placement published v2: its ContractSigned.v1 (the topic's history) counts the same
        contracts.add(TestData.contractSignedV1(c.learners().get(0)));
        for (UUID learner : c.learners().subList(1, c.learners().size())) contracts.add(TestData.contractSigned(learner));
        contracts.add(TestData.contractTerminated(c.learners().get(1)));
        contracts.add(TestData.contractTerminated(c.learners().get(2)));
        TestData.awaitAllApplied(em, contracts);
        double dropOut = Math.round(1000.0 / (MINIMUM + 1)) / 10.0, termination = Math.round(2000.0 / (MINIMUM + 1)) / 10.0;
        if (MINIMUM == 20) {
            assertEquals(4.8, dropOut);
            assertEquals(9.5, termination);
        }
        indicatorsOf(c.id()).body("cohortId", equalTo(c.id().toString()))
                .body("dropOut.withheld", equalTo(false)).body("dropOut.numerator", equalTo(1)).body("dropOut.denominator", equalTo(MINIMUM + 1))
                .body("dropOut.percent", equalTo((float) dropOut))
                .body("contractTermination.withheld", equalTo(false)).body("contractTermination.numerator", equalTo(2))
                .body("contractTermination.denominator", equalTo(MINIMUM + 1)).body("contractTermination.percent", equalTo((float) termination))
                .body("success.withheld", equalTo(true));
    }

    @Test
    void a_redelivered_contract_is_counted_once() {
        Cohort c = cohort(MINIMUM, 0, null);
        List<String> contracts = new ArrayList<>();
        for (UUID learner : c.learners()) contracts.add(TestData.contractSigned(learner));
        TestData.awaitAllApplied(em, contracts);
        UUID learner = c.learners().get(0);
        String eventId = contracts.get(0);
        double before = InboxCounters.duplicates("candidate-path", "ContractSigned.v2");
        KafkaTestClient.send("placement.contracts", learner.toString(), KafkaTestClient.cloudEvent(eventId, "/test", "ContractSigned.v2", learner,
                TestData.contractSignedV2Data(learner)));
        InboxCounters.awaitDuplicates("candidate-path", "ContractSigned.v2", before + 1);

        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> candidates.findById(learner)).contractsSigned, "the redelivery was applied");
        indicatorsOf(c.id()).body("contractTermination.denominator", equalTo(MINIMUM)).body("contractTermination.numerator", equalTo(0));
    }

    @Test
    void the_figures_do_not_move_when_learners_are_erased() {
        Cohort c = cohort(MINIMUM, 1, null);
        List<String> contracts = new ArrayList<>();
        for (UUID learner : c.learners()) contracts.add(TestData.contractSigned(learner));
        contracts.add(TestData.contractTerminated(c.learners().get(1)));
        TestData.awaitAllApplied(em, contracts);
        float percent = (float) (Math.round(1000.0 / MINIMUM) / 10.0);
        String before = indicatorsOf(c.id()).body("dropOut.numerator", equalTo(1)).body("dropOut.denominator", equalTo(MINIMUM))
                .body("dropOut.percent", equalTo(percent)).body("dropOut.withheld", equalTo(false))
                .body("contractTermination.numerator", equalTo(1)).body("contractTermination.denominator", equalTo(MINIMUM))
                .body("contractTermination.percent", equalTo(percent)).body("contractTermination.withheld", equalTo(false))
                .body("success.withheld", equalTo(true)).extract().asString();

        // the withdrawn learner and the one whose contract ended are erased; the test goes on once both erasures are applied
        TestData.awaitAllApplied(em, List.of(TestData.erased(c.learners().get(0)), TestData.erased(c.learners().get(1))));
        for (UUID erased : c.learners().subList(0, 2)) {
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> candidates.findById(erased)).erasedAt, "the erasure was applied");
        }
        assertEquals(before, indicatorsOf(c.id()).extract().asString(), "the published figures do not move on erasure");
    }

    @Test
    void the_year_scope_counts_only_the_cohorts_that_start_that_year() {
        Cohort first = cohort(MINIMUM, 2, LocalDate.of(2043, 9, 7));
        Cohort second = cohort(MINIMUM, 0, LocalDate.of(2044, 1, 8));
        TestData.awaitApplied(em, TestData.enrolled(UUID.randomUUID(), UUID.randomUUID())); // a cohort certification knows no dates of: in no year
        indicatorsOfYear(2043).body("year", equalTo(2043)).body("cohortId", nullValue())
                .body("dropOut.numerator", equalTo(2)).body("dropOut.denominator", equalTo(MINIMUM));
        indicatorsOfYear(2044).body("dropOut.numerator", equalTo(0)).body("dropOut.denominator", equalTo(MINIMUM));
        given().queryParam("year", 2043).queryParam("cohort", second.id()).get("/api/v1/indicators").then().statusCode(200)
                .body("dropOut.withheld", equalTo(true)); // the cohort is not of that year: nobody counted
        given().queryParam("year", 2044).queryParam("cohort", second.id()).get("/api/v1/indicators").then().statusCode(200)
                .body("dropOut.denominator", equalTo(MINIMUM));
        assertEquals(MINIMUM, first.learners().size());
    }

    @Test
    void a_year_that_is_not_a_number_is_refused() {
        given().queryParam("year", "soon").get("/api/v1/indicators").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:cfa:problem:invalid-parameter"));
    }

    @Test
    void a_withheld_indicator_gives_no_figures_to_anyone() {
        UUID cohort = UUID.randomUUID();
        UUID learner = UUID.randomUUID();
        TestData.enrolled(learner, cohort);
        TestData.withdrawn(learner, cohort);
        TestData.contractSigned(learner);
        TestData.awaitApplied(em, TestData.contractTerminated(learner));
        // 1 of 1 dropped out, 1 of 1 contract terminated: a count would tell anyone it is 100 %.
        TestData.eligibility(learner).body("missing", org.hamcrest.Matchers.hasItems("WITHDRAWN"));
        for (String token : List.of("", TestTokens.forRole("manager"), OFFICER)) {
            (token.isEmpty() ? given() : given().auth().oauth2(token)).queryParam("cohort", cohort).get("/api/v1/indicators").then()
                    .statusCode(200)
                    .body("dropOut.withheld", equalTo(true)).body("dropOut.numerator", nullValue()).body("dropOut.denominator", nullValue())
                    .body("dropOut.percent", nullValue())
                    .body("contractTermination.withheld", equalTo(true)).body("contractTermination.numerator", nullValue())
                    .body("contractTermination.denominator", nullValue()).body("contractTermination.percent", nullValue())
                    .body("success.withheld", equalTo(true)).body("success.numerator", nullValue()).body("success.denominator", nullValue());
        }
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertTrue(doc.getString("paths.'/api/v1/indicators'.get.description").contains("no figures"), "the withholding rule is documented");
    }
}
