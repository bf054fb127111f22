package fr.cfa.backoffice.placement.rest;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static fr.cfa.backoffice.placement.rest.TestData.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.placement.domain.rules.FreeTermination.Ground;
import fr.cfa.backoffice.placement.events.PlacementEventCatalogue;
import fr.cfa.backoffice.placement.events.contract.ContractTerminatedV1;
import fr.cfa.backoffice.placement.persistence.EvaluationRepository;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.testing.contract.PublishedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Terminating a contract: freely during the first 45 days actually spent at the employer (working days of the employer
 * weeks), on any other ground at any time, a resignation after them with its steps (mediator, notice), never before the
 * contract's start, once; ContractTerminated carries what its schema promises.
 */
@QuarkusTest
class ContractTerminationTest {
    @Inject
    EvaluationRepository evaluations;

    /**
     * A contract under way: the cohort started 20 weeks ago (a Monday) and alternates centre and employer weeks, the
     * contract starts a week later, at the first employer week; so day 45 at the employer (Monday to Friday) is the Friday of
     * the 9th employer week, day 46 the Monday of the 10th, and both are past.
     */
    static final class UnderWay {
        final UUID candidate = UUID.randomUUID();
        final LocalDate cohortStart = TestData.mondayWeeksAgo(20);
        final UUID cohort = TestData.cohortWithLearner(cohortStart, candidate);
        final String employer = TestData.employer();
        final String tutor = TestData.qualifiedTutor(employer);
        final LocalDate contractStart = cohortStart.plusWeeks(1);
        final String contract = TestData.sign(candidate, employer, tutor, contractStart.toString(), cohortStart.plusWeeks(24).plusDays(6).toString())
                .statusCode(201).extract().path("id");
        final LocalDate day45 = contractStart.plusWeeks(16).plusDays(4);
        final LocalDate day46 = contractStart.plusWeeks(18);

        void assertStillActive() {
            given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract).then().statusCode(200).body("status", equalTo("ACTIVE"))
                    .body("terminatedOn", nullValue()).body("terminationGround", nullValue());
            assertEquals(List.of("ContractSigned.v2"), TestData.typesPublishedFor(candidate), "no ContractTerminated published");
        }
    }

    @Test
    void free_termination_on_employer_day_45_ends_the_contract() {
        UnderWay c = new UnderWay();
        TestData.terminate(OFFICER, c.contract, c.day45, "APPRENTICE", "FREE_DURING_FIRST_45_DAYS").statusCode(200)
                .body("status", equalTo("TERMINATED")).body("terminatedOn", equalTo(c.day45.toString()))
                .body("terminationGround", equalTo("FREE_DURING_FIRST_45_DAYS")).body("terminationInitiator", equalTo("APPRENTICE"))
                .body("terminationRecordedBy", equalTo("paul.placement"));
        TestData.assertPublishedOnce(c.candidate, ContractTerminatedV1.TYPE);
    }

    @Test
    void free_termination_on_employer_day_46_is_refused_and_the_contract_stays_active() {
        UnderWay c = new UnderWay();
        TestData.terminate(OFFICER, c.contract, c.day46, "EMPLOYER", "FREE_DURING_FIRST_45_DAYS").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:termination-not-allowed")).body("reason", equalTo("TERMINATION_NOT_ALLOWED"))
                .body("detail", containsString("day 46")).body("detail", containsString("MUTUAL_AGREEMENT"));
        c.assertStillActive();
    }

    @ParameterizedTest
    @EnumSource(value = Ground.class, names = {"FREE_DURING_FIRST_45_DAYS", "APPRENTICE_RESIGNATION"}, mode = EnumSource.Mode.EXCLUDE)
    void every_other_ground_but_resignation_ends_the_contract_after_employer_day_45(Ground ground) {
        UnderWay c = new UnderWay();
        TestData.terminate(OFFICER, c.contract, c.day46, "EMPLOYER", ground.name()).statusCode(200)
                .body("status", equalTo("TERMINATED")).body("terminatedOn", equalTo(c.day46.toString()))
                .body("terminationGround", equalTo(ground.name()));
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + c.contract).then().statusCode(200).body("status", equalTo("TERMINATED"))
                .body("terminationGround", equalTo(ground.name()));
        TestData.assertPublishedOnce(c.candidate, ContractTerminatedV1.TYPE);
    }

    static String resignation(LocalDate effective, LocalDate referred, LocalDate informed) {
        return "{\"date\":\"" + effective + "\",\"initiator\":\"APPRENTICE\",\"ground\":\"APPRENTICE_RESIGNATION\",\"reason\":\"démission\""
                + (referred == null ? "" : ",\"mediatorReferredOn\":\"" + referred + "\"")
                + (informed == null ? "" : ",\"employerInformedOn\":\"" + informed + "\"") + "," + TestData.informedToday() + "}";
    }

    @Test
    void a_resignation_after_the_first_45_days_is_refused_until_its_steps_are_5_and_7_days_apart_then_recorded_with_them() {
        UnderWay c = new UnderWay();
        LocalDate effective = TestData.today(); // after day 46
        TestData.terminate(OFFICER, c.contract, resignation(effective, null, null)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:termination-step-missing"))
                .body("reasons", contains("TERMINATION_STEP_MISSING", "TERMINATION_STEP_MISSING"))
                .body("detail", containsString("mediatorReferredOn")).body("detail", containsString("employerInformedOn"));
        LocalDate tooSoon = effective.minusDays(10);
        TestData.terminate(OFFICER, c.contract, resignation(effective, tooSoon, tooSoon.plusDays(4))).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:resignation-notice-too-early")).body("reason", equalTo("RESIGNATION_NOTICE_TOO_EARLY"))
                .body("reasons", contains("RESIGNATION_NOTICE_TOO_EARLY", "RESIGNATION_EFFECT_TOO_EARLY"));
        c.assertStillActive();

        LocalDate referred = effective.minusDays(12);
        LocalDate informed = referred.plusDays(5);
        TestData.terminate(OFFICER, c.contract, resignation(effective, referred, informed)).statusCode(200)
                .body("status", equalTo("TERMINATED")).body("terminatedOn", equalTo(effective.toString()))
                .body("termination.ground", equalTo("APPRENTICE_RESIGNATION"));
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + c.contract).then().statusCode(200)
                .body("termination.date", equalTo(effective.toString()))
                .body("termination.ground", equalTo("APPRENTICE_RESIGNATION"))
                .body("termination.initiator", equalTo("APPRENTICE"))
                .body("termination.mediatorReferredOn", equalTo(referred.toString()))
                .body("termination.employerInformedOn", equalTo(informed.toString()))
                .body("termination.filingBodyInformedOn", equalTo(TestData.today().toString()))
                .body("termination.cfaInformedOn", equalTo(TestData.today().toString()))
                .body("termination.recordedBy", equalTo("paul.placement"));
        List<ConsumerRecord<String, String>> published = TestData.publishedOf(c.candidate, ContractTerminatedV1.TYPE);
        assertEquals(1, published.size(), "ContractTerminated once");
        Map<String, Object> data = EventCodec.dataAs(EventCodec.read(published.get(0).value()), Map.class);
        assertEquals(effective.toString(), data.get("terminatedOn"), "the effective date, for the State's feed");
        assertEquals("APPRENTICE_RESIGNATION", data.get("ground"));
    }

    @Test
    void a_resignation_within_the_first_45_days_needs_no_step() {
        UnderWay c = new UnderWay();
        TestData.terminate(OFFICER, c.contract, resignation(c.day45, null, null)).statusCode(200)
                .body("termination.mediatorReferredOn", nullValue()).body("termination.employerInformedOn", nullValue());
    }

    @Test
    void an_active_contract_shows_no_termination() {
        UnderWay c = new UnderWay();
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + c.contract).then().statusCode(200).body("termination", nullValue());
    }

    @Test
    void a_termination_dated_the_day_before_the_contract_starts_is_refused() {
        UnderWay c = new UnderWay();
        TestData.terminate(OFFICER, c.contract, c.contractStart.minusDays(1), "BOTH", "MUTUAL_AGREEMENT").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:termination-before-start")).body("detail", containsString(c.contractStart.toString()));
        c.assertStillActive();
    }

    @Test
    void a_termination_on_the_contract_s_first_day_is_accepted() {
        UnderWay c = new UnderWay();
        TestData.terminate(OFFICER, c.contract, c.contractStart, "BOTH", "MUTUAL_AGREEMENT").statusCode(200)
                .body("terminatedOn", equalTo(c.contractStart.toString()));
    }

    @Test
    void a_terminated_contract_cannot_be_terminated_again() {
        UnderWay c = new UnderWay();
        TestData.terminate(OFFICER, c.contract, c.day45, "APPRENTICE", "FREE_DURING_FIRST_45_DAYS").statusCode(200);
        TestData.terminate(OFFICER, c.contract, c.day46, "BOTH", "MUTUAL_AGREEMENT").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:illegal-transition")).body("currentState", equalTo("TERMINATED"));
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + c.contract).then().body("terminatedOn", equalTo(c.day45.toString()))
                .body("terminationGround", equalTo("FREE_DURING_FIRST_45_DAYS"));
        TestData.assertPublishedOnce(c.candidate, ContractTerminatedV1.TYPE);
    }

    @Test
    void contract_terminated_carries_the_contract_the_date_the_ground_and_who_initiated_it_as_its_schema_says() {
        UnderWay c = new UnderWay();
        String employerToken = TestTokens.forUser("employer", "tina.tutor", "employer_id", c.employer);
        TestData.terminate(employerToken, c.contract, c.day46, "BOTH", "MUTUAL_AGREEMENT").statusCode(200);

        List<ConsumerRecord<String, String>> published = TestData.publishedOf(c.candidate, ContractTerminatedV1.TYPE);
        assertEquals(1, published.size(), "ContractTerminated once");
        PublishedEvents.assertValid(PlacementEventCatalogue.CATALOGUE, published);
        Map<String, Object> data = EventCodec.dataAs(EventCodec.read(published.get(0).value()), Map.class);
        Set<String> fields = Arrays.stream(ContractTerminatedV1.class.getRecordComponents()).map(r -> r.getName()).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(fields), new TreeSet<>(data.keySet()), "exactly the contract record's fields");
        assertEquals(c.contract, data.get("contractId"));
        assertEquals(c.candidate.toString(), data.get("candidateId"));
        assertEquals(c.cohort.toString(), data.get("cohortId"));
        assertEquals(c.employer, data.get("employerId"));
        assertEquals(c.day46.toString(), data.get("terminatedOn"));
        assertEquals("MUTUAL_AGREEMENT", data.get("ground"));
        assertEquals("BOTH", data.get("initiator"));
        assertEquals(c.candidate.toString(), published.get(0).key(), "keyed by the learner, like ContractSigned");
    }

    @Test
    void a_terminated_contract_cannot_be_evaluated_and_no_evaluation_is_stored() {
        UnderWay c = new UnderWay();
        TestData.terminate(OFFICER, c.contract, c.day46, "BOTH", "MUTUAL_AGREEMENT").statusCode(200);
        String employerToken = TestTokens.forUser("employer", "tina.tutor", "employer_id", c.employer);
        given().auth().oauth2(employerToken).contentType(ContentType.JSON)
                .body("{\"periodFrom\":\"" + c.contractStart + "\",\"periodTo\":\"" + c.day45 + "\",\"ratings\":" + TestData.ALL_RATINGS
                        + ",\"comments\":\"bien\",\"finalReview\":true}")
                .post("/api/v1/contracts/" + c.contract + "/evaluations").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:illegal-transition")).body("currentState", equalTo("TERMINATED"))
                .body("attemptedStep", equalTo("evaluate"));
        UUID contractId = UUID.fromString(c.contract);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> evaluations.count("contractId", contractId)));
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + c.contract).then().body("employerPeriodCompleted", equalTo(false));
    }
}
