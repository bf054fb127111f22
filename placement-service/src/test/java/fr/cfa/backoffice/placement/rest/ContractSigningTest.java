package fr.cfa.backoffice.placement.rest;

import static fr.cfa.backoffice.placement.rest.TestData.OFFICER;
import static fr.cfa.backoffice.placement.rest.TestData.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.cfa.backoffice.placement.events.PlacementEventCatalogue;
import fr.cfa.backoffice.placement.events.contract.ContractSignedV2;
import fr.cfa.backoffice.platform.events.EventCodec;
import fr.cfa.backoffice.platform.events.EventEnvelope;
import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.contract.ContractFiles;
import fr.cfa.backoffice.platform.testing.contract.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Signing: within the legal window around the cycle, one active contract per learner, within the tutor's capacity, for
 * a placeable learner of a known cohort, with a tutor and an open offer of the employer. A refusal stores and publishes nothing.
 */
@QuarkusTest
class ContractSigningTest {
    /** One learner in a cohort that started 4 weeks ago, an employer and its qualified tutor. */
    static final class Placement {
        final UUID candidate = UUID.randomUUID();
        final LocalDate cycleStart = TestData.mondayWeeksAgo(4);
        final LocalDate cycleEnd = cycleStart.plusWeeks(24).minusDays(1);
        final UUID cohort = TestData.cohortWithLearner(cycleStart, candidate);
        final String employer = TestData.employer();
        final String tutor = TestData.qualifiedTutor(employer);

        ValidatableResponse sign(LocalDate start, LocalDate end) {
            return TestData.sign(candidate, employer, tutor, start.toString(), end.toString());
        }

        ValidatableResponse sign() {
            return sign(cycleStart.plusWeeks(1), cycleEnd);
        }

        UUID anotherLearner() {
            UUID other = UUID.randomUUID();
            TestData.admit(other, cohort);
            return other;
        }

        void assertNothingStoredNorPublished() {
            assertEquals(0, TestData.contractsOf(employer), "no contract stored");
            assertEquals(List.of(), TestData.typesPublishedFor(candidate), "nothing published");
        }
    }

    @Test
    void starting_3_months_before_the_cycle_and_ending_2_months_after_it_exactly_is_accepted() {
        Placement p = new Placement();
        p.sign(p.cycleStart.minusMonths(3), p.cycleEnd.plusMonths(2)).statusCode(201).body("status", equalTo("ACTIVE"))
                .body("learnerLastName", equalTo("Benali")).body("startDate", equalTo(p.cycleStart.minusMonths(3).toString()));
    }

    @Test
    void starting_the_day_before_3_months_before_the_cycle_is_refused_as_too_early() {
        Placement p = new Placement();
        p.sign(p.cycleStart.minusMonths(3).minusDays(1), p.cycleEnd).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:contract-starts-too-early")).body("reasons", equalTo(List.of("CONTRACT_STARTS_TOO_EARLY")))
                .body("detail", containsString(p.cycleStart.minusMonths(3).toString()));
        p.assertNothingStoredNorPublished();
    }

    @Test
    void starting_3_months_after_the_cycle_start_is_accepted_and_the_day_after_is_too_late() {
        Placement p = new Placement();
        p.sign(p.cycleStart.plusMonths(3).plusDays(1), p.cycleEnd).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:contract-starts-too-late"));
        assertEquals(0, TestData.contractsOf(p.employer));
        p.sign(p.cycleStart.plusMonths(3), p.cycleEnd).statusCode(201);
    }

    @Test
    void ending_the_day_before_the_cycle_end_does_not_cover_the_cycle_and_ending_after_2_months_is_too_late() {
        Placement p = new Placement();
        p.sign(p.cycleStart, p.cycleEnd.minusDays(1)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:contract-ends-before-cycle-end")).body("reasons", hasItem("CONTRACT_ENDS_BEFORE_CYCLE_END"));
        p.sign(p.cycleStart, p.cycleEnd.plusMonths(2).plusDays(1)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:contract-ends-too-late"));
        p.assertNothingStoredNorPublished();
    }

    @Test
    void with_the_exam_week_announced_the_contract_ends_at_most_2_months_after_the_friday_of_the_exams() {
        LocalDate cycleStart = TestData.mondayWeeksAgo(4);
        LocalDate examWeek = cycleStart.plusWeeks(20); // the last centre week of the 1 + 1 rhythm
        LocalDate examsEnd = examWeek.plusDays(4);
        UUID tooLate = UUID.randomUUID();
        UUID cohort = TestData.cohortWithLearner(cycleStart, tooLate, examWeek);
        UUID onTime = UUID.randomUUID();
        TestData.admit(onTime, cohort);
        String employer = TestData.employer();
        String tutor = TestData.qualifiedTutor(employer);
        // two months after the cycle's end was the old limit: past the end of the exams' two months, refused
        TestData.sign(tooLate, employer, tutor, cycleStart.toString(), examsEnd.plusMonths(2).plusDays(1).toString()).statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:contract-ends-too-late"))
                .body("detail", containsString("end of the exams on " + examsEnd));
        String contract = TestData.sign(onTime, employer, tutor, cycleStart.toString(), examsEnd.plusMonths(2).toString()).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestData.OFFICER).get("/api/v1/contracts/" + contract + "/cerfa").then().statusCode(200)
                .body("training.examsEndDate", equalTo(examsEnd.toString()));
    }

    @Test
    void a_learner_with_an_active_contract_cannot_sign_a_second_one_and_the_first_is_announced_once() {
        Placement p = new Placement();
        p.sign().statusCode(201);
        String otherEmployer = TestData.employer();
        TestData.sign(p.candidate, otherEmployer, TestData.qualifiedTutor(otherEmployer), p.cycleStart.plusWeeks(1).toString(), p.cycleEnd.toString())
                .statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:learner-has-active-contract"))
                .body("candidateId", equalTo(p.candidate.toString()));
        assertEquals(0, TestData.contractsOf(otherEmployer), "the second contract is not stored");
        TestData.assertPublishedOnce(p.candidate, ContractSignedV2.TYPE);
    }

    @Test
    void a_signed_contract_is_announced_as_ContractSigned_v2_with_the_siret_its_employer_registered() throws Exception {
        UUID candidate = UUID.randomUUID();
        LocalDate cycleStart = TestData.mondayWeeksAgo(4);
        LocalDate start = cycleStart.plusWeeks(1), end = cycleStart.plusWeeks(24).minusDays(1);
        UUID cohort = TestData.cohortWithLearner(cycleStart, candidate);
        String siret = TestData.newSiret();
        // typed as people do, "732 829 320 00074": the event carries the SIRET as registered, 14 digits
        String employer = TestData.employer(siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9));
        given().auth().oauth2(OFFICER).get("/api/v1/employers/" + employer).then().statusCode(200).body("siret", equalTo(siret));
        String contract = TestData.sign(candidate, employer, TestData.qualifiedTutor(employer), start.toString(), end.toString())
                .statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> published = TestData.publishedOf(candidate, ContractSignedV2.TYPE);
        assertEquals(1, published.size(), "ContractSigned.v2 published once");
        assertEquals(List.of(ContractSignedV2.TYPE), TestData.typesPublishedFor(candidate).stream()
                .filter(type -> !KafkaTestClient.SENTINEL_TYPE.equals(type)).toList(), "v2 only: ContractSigned.v1 is no longer published");
        EventEnvelope event = EventCodec.read(published.get(0).value());
        assertEquals("/placement-service", event.source());
        assertEquals(new ContractSignedV2(UUID.fromString(contract), candidate, cohort, UUID.fromString(employer), siret, start, end),
                EventCodec.dataAs(event, ContractSignedV2.class), "the producer's v2 record, the employer's SIRET included");
        assertEquals(siret, event.data().path("employerSiret").asText(), "employerSiret on the wire");

        // its data is valid against the committed api/schemas/ContractSigned.v2.json, the record against the documented envelope
        Path file = ContractFiles.API.resolve("schemas").resolve(ContractSignedV2.TYPE + ".json");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(file.toAbsolutePath().toUri(),
                new ObjectMapper().readTree(ContractFiles.read(file)), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        Set<ValidationMessage> errors = schema.validate(event.data());
        assertEquals(Set.of(), errors, "ContractSigned.v2 data against its schema");
        PublishedEvents.assertValid(PlacementEventCatalogue.CATALOGUE, published);
    }

    @Test
    void a_second_maitre_d_apprentissage_counts_the_apprentices_they_already_supervise() {
        Placement p = new Placement();
        p.sign().statusCode(201);
        TestData.sign(p.anotherLearner(), p.employer, p.tutor, p.cycleStart.plusWeeks(1).toString(), p.cycleEnd.toString()).statusCode(201);
        String first = TestData.qualifiedTutor(p.employer);
        UUID third = p.anotherLearner();
        String start = p.cycleStart.plusWeeks(1).toString();
        given().auth().oauth2(TestData.OFFICER).contentType(ContentType.JSON)
                .body("{\"candidateId\":\"" + third + "\",\"employerId\":\"" + p.employer + "\",\"tutorId\":\"" + first + "\",\"startDate\":\"" + start
                        + "\",\"endDate\":\"" + p.cycleEnd + "\",\"weeklyHours\":35,\"cerfa\":{" + TestData.CONTRACT_CERFA
                        + ",\"practicalTrainingStartDate\":\"" + start + "\",\"signatureDate\":\"" + TestData.today() + "\",\"secondTutorId\":\"" + p.tutor + "\"}}")
                .post("/api/v1/contracts").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:tutor-capacity-reached")).body("reason", equalTo("TUTOR_CAPACITY_REACHED"));
        assertEquals(2, TestData.contractsOf(p.employer));
        assertEquals(List.of(), TestData.typesPublishedFor(third));
    }

    @Test
    void a_tutor_with_two_apprentices_refuses_a_third_who_does_not_repeat() {
        Placement p = new Placement();
        p.sign().statusCode(201);
        TestData.sign(p.anotherLearner(), p.employer, p.tutor, p.cycleStart.plusWeeks(1).toString(), p.cycleEnd.toString()).statusCode(201);
        UUID third = p.anotherLearner();
        TestData.sign(third, p.employer, p.tutor, p.cycleStart.plusWeeks(1).toString(), p.cycleEnd.toString()).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:tutor-capacity-reached")).body("reason", equalTo("TUTOR_CAPACITY_REACHED"));
        assertEquals(2, TestData.contractsOf(p.employer));
        assertEquals(List.of(), TestData.typesPublishedFor(third));
    }

    @Test
    void a_tutor_with_two_apprentices_takes_a_third_who_repeats() {
        Placement p = new Placement();
        p.sign().statusCode(201);
        TestData.sign(p.anotherLearner(), p.employer, p.tutor, p.cycleStart.plusWeeks(1).toString(), p.cycleEnd.toString()).statusCode(201);
        UUID third = p.anotherLearner();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(TestData.contractBody(third, p.employer, p.tutor, p.cycleStart.plusWeeks(1).toString(), p.cycleEnd.toString())
                        .replaceFirst("\\{", "{\"repeating\":true,"))
                .post("/api/v1/contracts").then().statusCode(201).body("status", equalTo("ACTIVE"));
        assertEquals(3, TestData.contractsOf(p.employer));
        given().auth().oauth2(OFFICER).queryParam("cohortId", p.cohort).queryParam("withoutContract", true).get("/api/v1/learners").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void a_withdrawn_learner_cannot_be_placed() {
        Placement p = new Placement();
        TestData.withdraw(p.candidate, p.cohort);
        p.sign().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:unknown-learner"))
                .body("candidateId", equalTo(p.candidate.toString()));
        p.assertNothingStoredNorPublished();
    }

    @Test
    void an_erased_learner_cannot_be_placed() {
        Placement p = new Placement();
        TestData.erase(p.candidate, p.cohort);
        p.sign().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:unknown-learner"))
                .body("candidateId", equalTo(p.candidate.toString()));
        p.assertNothingStoredNorPublished();
    }

    @Test
    void a_learner_of_a_cohort_placement_has_not_heard_of_cannot_be_placed_yet() {
        UUID candidate = UUID.randomUUID();
        UUID unknownCohort = UUID.randomUUID();
        TestData.admitWithoutCohort(candidate, unknownCohort);
        String employer = TestData.employer();
        LocalDate start = TestData.mondayWeeksAgo(3);
        TestData.sign(candidate, employer, TestData.qualifiedTutor(employer), start.toString(), start.plusWeeks(24).toString())
                .statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:unknown-cohort"))
                .body("detail", containsString(unknownCohort.toString()));
        assertEquals(0, TestData.contractsOf(employer));
        assertEquals(List.of(), TestData.typesPublishedFor(candidate));
    }

    @Test
    void a_tutor_of_another_employer_cannot_sign_for_this_one() {
        Placement p = new Placement();
        String elsewhere = TestData.qualifiedTutor(TestData.employer());
        TestData.sign(p.candidate, p.employer, elsewhere, p.cycleStart.plusWeeks(1).toString(), p.cycleEnd.toString())
                .statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:tutor-not-of-employer"))
                .body("detail", containsString(elsewhere));
        p.assertNothingStoredNorPublished();
    }

    static String offer(String employer, int positions) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"employerId\":\"" + employer + "\",\"title\":\"Médiateur\",\"place\":\"Bobigny\",\"startDate\":\"" + TestData.today().plusWeeks(2)
                        + "\",\"positions\":" + positions + "}")
                .post("/api/v1/offers").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse signOnOffer(Placement p, UUID candidate, String offer) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(TestData.contractBody(candidate, p.employer, p.tutor, p.cycleStart.plusWeeks(1).toString(), p.cycleEnd.toString())
                        .replaceFirst("\\{", "{\"offerId\":\"" + offer + "\","))
                .post("/api/v1/contracts").then().log().ifValidationFails();
    }

    @Test
    void a_closed_offer_cannot_be_signed_on() {
        Placement p = new Placement();
        String offer = offer(p.employer, 2);
        given().auth().oauth2(OFFICER).post("/api/v1/offers/" + offer + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        signOnOffer(p, p.candidate, offer).statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:offer-not-open"))
                .body("detail", containsString(offer));
        p.assertNothingStoredNorPublished();
        given().auth().oauth2(OFFICER).get("/api/v1/offers/" + offer).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("positionsTaken", equalTo(0));
    }

    @Test
    void an_offer_is_filled_when_its_positions_are_taken_and_then_refuses_another_contract() {
        Placement p = new Placement();
        String offer = offer(p.employer, 1);
        signOnOffer(p, p.candidate, offer).statusCode(201);
        given().auth().oauth2(OFFICER).get("/api/v1/offers/" + offer).then().statusCode(200).body("status", equalTo("FILLED"));
        signOnOffer(p, p.anotherLearner(), offer).statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:offer-not-open"));
        assertEquals(1, TestData.contractsOf(p.employer));
    }
}
