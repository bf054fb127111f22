package fr.cfa.backoffice.placement.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.platform.testing.KafkaTestClient;
import fr.cfa.backoffice.platform.testing.OpenApiAssertions;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class PlacementTest {
    static final String PROBLEM = "application/problem+json";
    static final String OFFICER = TestTokens.forUser("placement-officer", "paul.placement");
    static final String ALL_RATINGS = "{\"ORGANISE_INTERVENTIONS\":\"ACQUIRED\",\"WATCH_ASSIGNED_ZONE\":\"ACQUIRED\",\"CONTACT_LOCAL_POPULATION\":\"IN_PROGRESS\","
            + "\"WELCOME_AND_INFORM\":\"ACQUIRED\",\"IDENTIFY_TENSIONS\":\"ACQUIRED\",\"REGULATE_CONFLICTS\":\"IN_PROGRESS\",\"TRACK_ACTIVITY\":\"ACQUIRED\","
            + "\"NETWORKS_AND_WATCH\":\"NOT_ACQUIRED\"}";
    static int siretCounter = (int) (System.nanoTime() % 100000);

    /** A fresh Luhn-valid SIRET (14 digits) for each employer. */
    public static String newSiret() {
        String base = String.format("%013d", 7328293200000L + (siretCounter++ * 10L) % 9_000_000L);
        for (int check = 0; check <= 9; check++) {
            String candidate = base + check;
            if (luhn(candidate)) return candidate;
        }
        throw new IllegalStateException();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    static String employer() {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Ville de Saint-Denis\",\"siret\":\"" + newSiret() + "\",\"kind\":\"COLLECTIVITE_TERRITORIALE\",\"sector\":\"PUBLIC\"}")
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse tutor(String employerId, Integer level, boolean relevant, int months) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"firstName\":\"Tina\",\"lastName\":\"Tutor\",\"diplomaLevel\":" + level + ",\"diplomaRelevant\":" + relevant
                        + ",\"relevantExperienceMonths\":" + months + "}")
                .post("/api/v1/employers/" + employerId + "/tutors").then();
    }

    /** A cohort announced by curriculum, alternating 1 centre / 1 employer week from {@code start}, and one admitted learner. */
    static UUID cohortWithLearner(LocalDate start, UUID candidate) {
        UUID cohort = announceCohort(start);
        admit(candidate, cohort);
        return cohort;
    }

    /** A cohort announced by curriculum, alternating 1 centre / 1 employer week from {@code start}. */
    static UUID announceCohort(LocalDate start) {
        UUID cohort = UUID.randomUUID();
        List<String> employerWeeks = new ArrayList<>();
        for (int week = 1; week < 24; week += 2) if (employerWeeks.size() < 13) employerWeeks.add("\"" + start.plusWeeks(week) + "\"");
        employerWeeks.add("\"" + start.plusWeeks(23) + "\"");
        KafkaTestClient.send("curriculum.cohorts", cohort.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/curriculum-service",
                "CohortScheduled.v1", cohort, "{\"cohortId\":\"" + cohort + "\",\"code\":\"P-1\",\"startDate\":\"" + start + "\",\"endDate\":\""
                        + start.plusWeeks(24).minusDays(1) + "\",\"capacity\":12,\"status\":\"OPEN\",\"employerWeekStarts\":["
                        + String.join(",", employerWeeks.subList(0, 13)) + "]}"));
        return cohort;
    }

    /** CandidateAdmitted.v1 as admissions publishes it, under a fresh event id. */
    static String admittedEvent(UUID candidate, UUID cohort) {
        return KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service",
                "CandidateAdmitted.v1", candidate, "{\"candidateId\":\"" + candidate + "\",\"cohortId\":\"" + cohort + "\",\"firstName\":\"Imane\","
                        + "\"lastName\":\"Benali\",\"birthDate\":\"2001-04-12\",\"email\":\"imane@example.org\",\"phone\":\"+33 6 12 34 56 78\","
                        + "\"admittedAt\":\"2026-11-01T10:00:00Z\"}");
    }

    static void admit(UUID candidate, UUID cohort) {
        KafkaTestClient.send("admissions.applications", candidate.toString(), admittedEvent(candidate, cohort));
        // 60 s: on a fresh broker the first test waits for the consumers to find the new topics (seen above 20 s on 2 busy cores)
        Awaitility.await().atMost(60, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(OFFICER).queryParam("cohortId", cohort).get("/api/v1/learners").then().statusCode(200)
                        .body("items.candidateId", hasItem(candidate.toString())));
    }

    static ValidatableResponse sign(UUID candidate, String employerId, String tutorId, String start, String end) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"candidateId\":\"" + candidate + "\",\"employerId\":\"" + employerId + "\",\"tutorId\":\"" + tutorId + "\",\"startDate\":\"" + start
                        + "\",\"endDate\":\"" + end + "\",\"weeklyHours\":35}")
                .post("/api/v1/contracts").then().log().ifValidationFails();
    }

    static long eventsOf(UUID candidate, String type, int atLeast) {
        List<ConsumerRecord<String, String>> read = KafkaTestClient.readUntil("placement.contracts", Duration.ofSeconds(10),
                r -> r.stream().filter(x -> candidate.toString().equals(x.key()) && x.value().contains(type)).count() >= atLeast);
        return read.stream().filter(x -> candidate.toString().equals(x.key()) && x.value().contains(type)).count();
    }

    @Test
    void employers_are_registered_with_a_checked_siret_and_the_filing_body_of_their_sector() {
        String siret = newSiret();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Association Trait d'Union\",\"siret\":\"" + siret + "\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\",\"opco\":\"Uniformation\"}")
                .post("/api/v1/employers").then().statusCode(201).body("filingBody", equalTo("OPCO")).body("opco", equalTo("Uniformation"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Doublon\",\"siret\":\"" + siret + "\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\"}")
                .post("/api/v1/employers").then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:duplicate-siret"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Faux\",\"siret\":\"73282932000075\",\"kind\":\"OTHER\",\"sector\":\"PRIVATE\"}")
                .post("/api/v1/employers").then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:siret-invalid"))
                .body("reason", equalTo("SIRET_INVALID"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"legalName\":\"La Poste\",\"siret\":\"35600000000056\",\"kind\":\"OTHER\",\"sector\":\"PUBLIC\"}")
                .post("/api/v1/employers").then().statusCode(201).body("filingBody", equalTo("DDETS"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"legalName\":\"X\",\"siret\":\"1\",\"kind\":\"MAIRIE\",\"sector\":\"PUBLIC\"}")
                .post("/api/v1/employers").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void an_unqualified_tutor_is_refused_with_the_reason_code() {
        String employer = employer();
        tutor(employer, 4, true, 11).statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:cfa:problem:tutor-not-qualified"));
        tutor(employer, 4, true, 12).statusCode(201);
        tutor(employer, null, false, 23).statusCode(422);
        tutor(employer, null, false, 24).statusCode(201);
    }

    @Test
    void contracts_respect_the_window_one_per_learner_and_the_tutor_capacity_and_are_announced_once() {
        LocalDate start = LocalDate.parse("2027-01-04");
        UUID first = UUID.randomUUID();
        UUID cohort = cohortWithLearner(start, first);
        String employer = employer();
        String tutor = tutor(employer, 5, true, 24).statusCode(201).extract().path("id");

        sign(first, employer, tutor, "2026-10-03", "2027-06-30").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:contract-starts-too-early"));
        sign(first, employer, tutor, "2027-04-05", "2027-06-30").statusCode(422).body("type", equalTo("urn:cfa:problem:contract-starts-too-late"));
        sign(first, employer, tutor, "2027-01-11", "2027-06-19").statusCode(422).body("reasons", hasItem("CONTRACT_ENDS_BEFORE_CYCLE_END"));
        sign(first, employer, tutor, "2026-10-04", "2027-08-20").statusCode(201).body("status", equalTo("ACTIVE"))
                .body("learnerLastName", equalTo("Benali"));
        sign(first, employer, tutor, "2027-01-11", "2027-06-30").statusCode(409).body("type", equalTo("urn:cfa:problem:learner-has-active-contract"));
        assertEquals(1, eventsOf(first, "ContractSigned.v1", 1));

        UUID second = UUID.randomUUID();
        admit(second, cohort);
        sign(second, employer, tutor, "2027-04-04", "2027-06-30").statusCode(201);
        UUID third = UUID.randomUUID();
        admit(third, cohort);
        sign(third, employer, tutor, "2027-01-11", "2027-06-30").statusCode(422).body("type", equalTo("urn:cfa:problem:tutor-capacity-reached"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"candidateId\":\"" + third + "\",\"employerId\":\"" + employer + "\",\"tutorId\":\"" + tutor
                        + "\",\"startDate\":\"2027-01-11\",\"endDate\":\"2027-06-30\",\"weeklyHours\":35,\"repeating\":true}")
                .post("/api/v1/contracts").then().statusCode(201);
        given().auth().oauth2(OFFICER).queryParam("cohortId", cohort).queryParam("withoutContract", true).get("/api/v1/learners").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void free_termination_holds_until_employer_day_45_and_not_on_day_46() {
        UUID candidate = UUID.randomUUID();
        // Termination dates cannot lie far ahead (issue 10): the cohort started 20 weeks before this week, so day 46 is past.
        LocalDate cohortStart = FactsNotInTheFutureTest.mondayWeeksBefore(FactsNotInTheFutureTest.today(), 20);
        cohortWithLearner(cohortStart, candidate); // employer weeks from the second week, every other week
        String employer = employer();
        String tutor = tutor(employer, 5, true, 24).statusCode(201).extract().path("id");
        LocalDate contractStart = cohortStart.plusWeeks(1);
        String contract = sign(candidate, employer, tutor, contractStart.toString(), cohortStart.plusWeeks(24).plusDays(6).toString())
                .statusCode(201).extract().path("id");
        LocalDate day45 = contractStart.plusWeeks(12).plusDays(2); // the Wednesday of the 7th employer week
        LocalDate day46 = day45.plusDays(1);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"date\":\"" + day46 + "\",\"initiator\":\"EMPLOYER\",\"ground\":\"FREE_DURING_FIRST_45_DAYS\",\"reason\":\"trial\"}")
                .post("/api/v1/contracts/" + contract + "/termination").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:cfa:problem:termination-not-allowed"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"date\":\"" + day45 + "\",\"initiator\":\"APPRENTICE\",\"ground\":\"FREE_DURING_FIRST_45_DAYS\",\"reason\":\"changed path\"}")
                .post("/api/v1/contracts/" + contract + "/termination").then().statusCode(200).body("status", equalTo("TERMINATED"))
                .body("terminatedOn", equalTo(day45.toString()));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"date\":\"" + day45 + "\",\"initiator\":\"BOTH\",\"ground\":\"MUTUAL_AGREEMENT\",\"reason\":\"again\"}")
                .post("/api/v1/contracts/" + contract + "/termination").then().statusCode(409).body("currentState", equalTo("TERMINATED"));
        assertEquals(1, eventsOf(candidate, "ContractTerminated.v1", 1));
    }

    @Test
    void the_final_evaluation_after_the_employer_weeks_completes_the_period_once() {
        UUID candidate = UUID.randomUUID();
        cohortWithLearner(LocalDate.parse("2026-01-05"), candidate); // last employer week: 2026-06-15 to 2026-06-21
        String employer = employer();
        String tutor = tutor(employer, 5, true, 24).statusCode(201).extract().path("id");
        String contract = sign(candidate, employer, tutor, "2026-01-12", "2026-06-30").statusCode(201).extract().path("id");
        String employerToken = TestTokens.forUser("employer", "tina.tutor", "employer_id", employer);

        String evaluation = "{\"periodFrom\":\"2026-01-12\",\"periodTo\":\"%s\",\"ratings\":" + ALL_RATINGS + ",\"comments\":\"bien\",\"finalReview\":%s}";
        given().auth().oauth2(employerToken).contentType(ContentType.JSON).body(evaluation.formatted("2026-03-01", false))
                .post("/api/v1/contracts/" + contract + "/evaluations").then().statusCode(201).body("evaluatedBy", equalTo("tina.tutor"));
        given().auth().oauth2(employerToken).contentType(ContentType.JSON).body(evaluation.formatted("2026-06-14", true))
                .post("/api/v1/contracts/" + contract + "/evaluations").then().statusCode(201);
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract).then().body("employerPeriodCompleted", equalTo(false));
        given().auth().oauth2(employerToken).contentType(ContentType.JSON).body(evaluation.formatted("2026-06-21", true))
                .post("/api/v1/contracts/" + contract + "/evaluations").then().statusCode(201);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(evaluation.formatted("2026-06-21", true))
                .post("/api/v1/contracts/" + contract + "/evaluations").then().statusCode(201);
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract).then().body("employerPeriodCompleted", equalTo(true));
        assertEquals(1, eventsOf(candidate, "EmployerPeriodCompleted.v1", 2), "EmployerPeriodCompleted once");

        given().auth().oauth2(employerToken).contentType(ContentType.JSON)
                .body("{\"periodFrom\":\"2026-01-12\",\"periodTo\":\"2026-02-01\",\"ratings\":{\"WATCH_ASSIGNED_ZONE\":\"ACQUIRED\"}}")
                .post("/api/v1/contracts/" + contract + "/evaluations").then().statusCode(400).body("errors[0].field", equalTo("everyActivityRated"));
    }

    @Test
    void an_employer_sees_and_changes_only_its_own_data() {
        UUID candidate = UUID.randomUUID();
        cohortWithLearner(LocalDate.parse("2027-01-04"), candidate);
        String mine = employer();
        String other = employer();
        String tutor = tutor(mine, 5, true, 24).statusCode(201).extract().path("id");
        String contract = sign(candidate, mine, tutor, "2027-01-11", "2027-06-30").statusCode(201).extract().path("id");
        String me = TestTokens.forRole("employer", "employer_id", mine);
        String them = TestTokens.forRole("employer", "employer_id", other);

        given().auth().oauth2(me).get("/api/v1/employers/" + mine).then().statusCode(200);
        given().auth().oauth2(them).get("/api/v1/employers/" + mine).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(me).get("/api/v1/contracts/" + contract).then().statusCode(200);
        given().auth().oauth2(them).get("/api/v1/contracts/" + contract).then().statusCode(404);
        given().auth().oauth2(them).get("/api/v1/contracts").then().statusCode(200).body("items.id", not(hasItem(contract)));
        given().auth().oauth2(them).contentType(ContentType.JSON)
                .body("{\"date\":\"2027-01-20\",\"initiator\":\"EMPLOYER\",\"ground\":\"FREE_DURING_FIRST_45_DAYS\",\"reason\":\"x\"}")
                .post("/api/v1/contracts/" + contract + "/termination").then().statusCode(404);
        given().auth().oauth2(them).contentType(ContentType.JSON)
                .body("{\"periodFrom\":\"2026-01-12\",\"periodTo\":\"2026-02-01\",\"ratings\":" + ALL_RATINGS + "}")
                .post("/api/v1/contracts/" + contract + "/evaluations").then().statusCode(404);
        tutorAs(them, mine).statusCode(404);
        given().auth().oauth2(them).get("/api/v1/learners").then().statusCode(403);

        String offer = given().auth().oauth2(me).contentType(ContentType.JSON)
                .body("{\"title\":\"Médiateur social\",\"place\":\"Saint-Denis\",\"zones\":[\"ligne 153\"],\"startDate\":\"2027-01-18\",\"positions\":1}")
                .post("/api/v1/offers").then().statusCode(201).body("employerId", equalTo(mine)).extract().path("id");
        given().get("/api/v1/offers/" + offer).then().statusCode(200).body("title", equalTo("Médiateur social")).body("contactEmail", nullValue());
        given().get("/api/v1/offers").then().statusCode(200).body("items.id", hasItem(offer));
        given().auth().oauth2(them).post("/api/v1/offers/" + offer + "/closure").then().statusCode(404);
        given().auth().oauth2(me).post("/api/v1/offers/" + offer + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().get("/api/v1/offers/" + offer).then().statusCode(404);
        given().get("/api/v1/offers").then().statusCode(200).body("items.id", not(hasItem(offer)));
    }

    static ValidatableResponse tutorAs(String token, String employerId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"firstName\":\"T\",\"lastName\":\"T\",\"diplomaRelevant\":false,\"relevantExperienceMonths\":30}")
                .post("/api/v1/employers/" + employerId + "/tutors").then();
    }

    @Test
    void an_offer_is_filled_when_its_positions_are_taken_and_erasure_keeps_contract_counts() {
        UUID candidate = UUID.randomUUID();
        cohortWithLearner(LocalDate.parse("2027-01-04"), candidate);
        String employer = employer();
        String tutor = tutor(employer, 5, true, 24).statusCode(201).extract().path("id");
        String offer = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"employerId\":\"" + employer + "\",\"title\":\"Médiateur\",\"place\":\"Bobigny\",\"startDate\":\"2027-01-18\",\"positions\":1}")
                .post("/api/v1/offers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"candidateId\":\"" + candidate + "\",\"employerId\":\"" + employer + "\",\"tutorId\":\"" + tutor + "\",\"offerId\":\"" + offer
                        + "\",\"startDate\":\"2027-01-11\",\"endDate\":\"2027-06-30\",\"weeklyHours\":35}")
                .post("/api/v1/contracts").then().statusCode(201);
        given().auth().oauth2(OFFICER).get("/api/v1/offers/" + offer).then().statusCode(200).body("status", equalTo("FILLED"));

        KafkaTestClient.send("admissions.applications", candidate.toString(), KafkaTestClient.cloudEvent(UUID.randomUUID().toString(), "/admissions-service",
                "CandidateErased.v1", candidate, "{\"candidateId\":\"" + candidate + "\",\"erasedAt\":\"2027-02-01T09:00:00Z\"}"));
        Awaitility.await().atMost(20, TimeUnit.SECONDS).untilAsserted(() ->
                given().auth().oauth2(OFFICER).queryParam("employerId", employer).get("/api/v1/contracts").then().statusCode(200)
                        .body("totalItems", equalTo(1)).body("items[0].learnerLastName", nullValue()));
    }

    @Test
    void every_operation_is_documented() {
        OpenApiAssertions.assertEveryOperationDocumented(12);
    }
}
