package fr.cfa.backoffice.certification.rest;

import static fr.cfa.backoffice.certification.rest.TestData.ALL_GRANTED;
import static fr.cfa.backoffice.certification.rest.TestData.BC01;
import static fr.cfa.backoffice.certification.rest.TestData.BC02;
import static fr.cfa.backoffice.certification.rest.TestData.BC02_FAILED;
import static fr.cfa.backoffice.certification.rest.TestData.BC03;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The published outcomes (docs/rules.md, "Outcomes") where a rewrite of their query would show first: the success rate's
 * denominator one under the minimum and at it, a candidate holding every CCP beside one holding all but one, and the year of a
 * cohort's start from its 1 January to its 31 December. The years used here (2045..2047) are used by no other test.
 */
@QuarkusTest
class OutcomeRatesAtTheirBoundariesTest {
    static final int MINIMUM = ConfigProvider.getConfig().getOptionalValue("certification.minimum-denominator", Integer.class).orElse(20);
    static final String BC03_FAILED = "{\"" + BC01 + "\":true,\"" + BC02 + "\":true,\"" + BC03 + "\":false}";

    @Inject
    EntityManager em;

    static io.restassured.response.ValidatableResponse indicators(String name, Object value) {
        return given().queryParam(name, value).get("/api/v1/indicators").then().statusCode(200);
    }

    @Test
    void the_success_rate_counts_the_whole_title_over_the_candidates_with_a_jury_result_and_is_published_from_the_minimum() {
        UUID cohort = UUID.randomUUID();
        String session = TestData.session(MINIMUM + 5);
        List<String> registrations = new ArrayList<>();
        for (int i = 0; i < MINIMUM + 1; i++) {
            UUID candidate = UUID.randomUUID();
            TestData.eligible(candidate, cohort);
            registrations.add(TestData.register(session, candidate).statusCode(201).extract().path("id"));
        }
        TestData.enrolled(UUID.randomUUID(), cohort); // enrolled, never registered: no jury result, not in the denominator
        // the last registration stays without results: registered is not sat
        List<String> resulted = registrations.subList(0, MINIMUM);
        // all but one CCP: BC02 failed for the first, BC03 for the second; every other one holds the whole title
        TestData.results(resulted.get(0), BC02_FAILED).statusCode(200).body("outcome", equalTo("PARTIAL"));
        TestData.results(resulted.get(1), BC03_FAILED).statusCode(200).body("outcome", equalTo("PARTIAL"));
        for (String registration : resulted.subList(2, MINIMUM - 1)) {
            TestData.results(registration, ALL_GRANTED).statusCode(200).body("outcome", equalTo("WHOLE_TITLE"));
        }
        indicators("cohort", cohort).body("success.withheld", equalTo(true)).body("success.numerator", nullValue())
                .body("success.denominator", nullValue()).body("success.percent", nullValue());

        TestData.results(resulted.get(MINIMUM - 1), ALL_GRANTED).statusCode(200).body("outcome", equalTo("WHOLE_TITLE"));
        indicators("cohort", cohort).body("success.withheld", equalTo(false)).body("success.numerator", equalTo(MINIMUM - 2))
                .body("success.denominator", equalTo(MINIMUM))
                .body("success.percent", equalTo((float) (Math.round((MINIMUM - 2) * 1000.0 / MINIMUM) / 10.0)));
    }

    /** {@code size} learners enrolled in a new cohort starting on {@code start}, the first {@code withdrawn} of them withdrawn. */
    void cohort(LocalDate start, int size, int withdrawn) {
        UUID id = UUID.randomUUID();
        List<String> events = new ArrayList<>();
        events.add(TestData.cohortScheduled(id, start));
        for (int i = 0; i < size; i++) {
            UUID learner = UUID.randomUUID();
            events.add(TestData.enrolled(learner, id));
            if (i < withdrawn) events.add(TestData.withdrawn(learner, id));
        }
        TestData.awaitAllApplied(em, events);
    }

    @Test
    void the_year_of_a_cohort_start_runs_from_its_1_january_to_its_31_december() {
        cohort(LocalDate.of(2045, 12, 31), MINIMUM, 3);
        cohort(LocalDate.of(2046, 1, 1), MINIMUM / 2, 1);
        cohort(LocalDate.of(2046, 12, 31), MINIMUM - MINIMUM / 2, 2);
        cohort(LocalDate.of(2047, 1, 1), MINIMUM, 5);
        indicators("year", 2046).body("dropOut.withheld", equalTo(false)).body("dropOut.numerator", equalTo(3))
                .body("dropOut.denominator", equalTo(MINIMUM));
        indicators("year", 2045).body("dropOut.numerator", equalTo(3)).body("dropOut.denominator", equalTo(MINIMUM));
        indicators("year", 2047).body("dropOut.numerator", equalTo(5)).body("dropOut.denominator", equalTo(MINIMUM));
    }

    @Test
    void a_year_no_cohort_can_start_in_answers_withheld_rates() {
        for (int year : List.of(0, -1, 10_000, Integer.MAX_VALUE, Integer.MIN_VALUE)) {
            indicators("year", year).body("year", equalTo(year)).body("dropOut.withheld", equalTo(true))
                    .body("success.withheld", equalTo(true)).body("contractTermination.withheld", equalTo(true));
        }
    }
}
